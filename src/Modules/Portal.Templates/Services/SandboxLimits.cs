namespace Portal.Templates.Services;

/// <summary>
/// How far a template may go: statements executed (stops an endless loop), characters written or held in
/// one variable (stops a huge output), and wall-clock time (checked at every write and assignment).
/// </summary>
public sealed record SandboxLimits(int MaxSteps, int MaxOutputChars, TimeSpan TimeLimit)
{
    public static readonly SandboxLimits Default = new(200_000, 500_000, TimeSpan.FromSeconds(2));
}
