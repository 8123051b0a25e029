namespace Portal.Audit.Services;

/// <summary>The outcome of checking one tenant's chain: intact, or the first broken position and why.</summary>
public sealed record AuditVerification(string Tenant, bool Intact, long Entries, long? FirstBroken, string Problem)
{
    public static AuditVerification Ok(string tenant, long entries) => new(tenant, true, entries, null, "");

    public static AuditVerification Broken(string tenant, long entries, long position, string problem) =>
        new(tenant, false, entries, position, problem);
}
