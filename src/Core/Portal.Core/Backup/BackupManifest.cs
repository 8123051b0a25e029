using Portal.Core.Tenancy;

namespace Portal.Core.Backup;

/// <summary>What a backup is of: the tenant's row as it was, the database it came from and its schema, and when.</summary>
public sealed record BackupManifest(
    int Format,
    string Tenant,
    string DisplayName,
    string AgencyCode,
    string? ParentAgency,
    AgencyLevel Level,
    string Features,
    string Recipe,
    string Provider,
    string SchemaFingerprint,
    DateTime TakenUtc)
{
    public const int CurrentFormat = 1;
    public const string PartName = "manifest.json";
}
