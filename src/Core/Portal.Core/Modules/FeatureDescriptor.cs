namespace Portal.Core.Modules;

/// <summary>A unit that a tenant can switch on. Central-office-only features exist only in the Default tenant.</summary>
public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description = "",
    IReadOnlyList<string>? Dependencies = null,
    bool CentralOfficeOnly = false,
    bool AlwaysEnabled = false)
{
    public IReadOnlyList<string> DependsOn => Dependencies ?? [];
}
