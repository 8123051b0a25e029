namespace Portal.Incoming.Models;

/// <summary>What a person does to an incoming document; the state machine says in which states each is allowed.</summary>
public enum IncomingTrigger
{
    Submit,
    Direct,
    Start,
    PassOn,
    Complete,
    Return,
    Cancel,
}
