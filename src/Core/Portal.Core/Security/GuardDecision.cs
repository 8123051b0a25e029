namespace Portal.Core.Security;

public enum GuardDecision
{
    Allow,
    /// <summary>Answer exactly as for something that does not exist.</summary>
    NotFound,
    /// <summary>The user may do this, but only with a fresh second factor.</summary>
    StepUpRequired,
}
