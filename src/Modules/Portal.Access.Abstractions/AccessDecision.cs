namespace Portal.Access;

public enum AccessDecision
{
    /// <summary>Does not exist for this user: answered exactly like a missing id.</summary>
    Hidden,
    Allowed,
    StepUpRequired,
}
