namespace Portal.Core.Tenancy;

/// <summary>A tenant's settings row in the host database: all a cold tenant costs.</summary>
public sealed class TenantRecord
{
    public const string DefaultName = "Default";

    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public string AgencyCode { get; set; } = "";
    public string? ParentAgency { get; set; }
    public AgencyLevel Level { get; set; }
    public TenantState State { get; set; }
    /// <summary>Enabled feature ids, space separated.</summary>
    public string Features { get; set; } = "";
    public string Recipe { get; set; } = "";
    public string? SetupError { get; set; }
    /// <summary>Which migrations the tenant's database has had, so activation skips the check when nothing changed.</summary>
    public string SchemaFingerprint { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    public bool IsDefault => Name == DefaultName;

    public IReadOnlySet<string> FeatureSet =>
        Features.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
