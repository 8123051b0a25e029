namespace Portal.Outgoing.Controllers;

/// <summary>The step the current person may take on the document now, which decides the buttons on its page.</summary>
public enum OutgoingStep
{
    None,
    Submit,
    Approve,
    Check,
    Sign,
    Issue,
}
