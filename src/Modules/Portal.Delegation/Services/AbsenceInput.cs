namespace Portal.Delegation.Services;

/// <summary>The absence form: the period (Vietnam dates), the deputy by user name, how they sign, and for TUQ. the written authorisation.</summary>
public sealed class AbsenceInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Deputy { get; set; }
    public DelegationKind Kind { get; set; }
    public string? Scope { get; set; }
    public string? Reference { get; set; }
}
