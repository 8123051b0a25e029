namespace Portal.Outgoing.Models;

public enum OutgoingTrigger
{
    Submit,
    Approve,
    Check,
    Sign,
    Issue,
    Return,
}
