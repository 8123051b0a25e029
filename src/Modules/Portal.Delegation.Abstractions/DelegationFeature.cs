namespace Portal.Delegation;

/// <summary>A leader's absences and the deputy who takes their work and signatures meanwhile.</summary>
public static class DelegationFeature
{
    public const string Id = "Portal.Delegation";
}
