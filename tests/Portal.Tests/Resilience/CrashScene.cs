using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Resilience;

/// <summary>The killed server's tenant as an insider sees it: its rows, its vault folder, and what the clients were told.</summary>
public sealed record CrashScene(PortalHostProcess Host, string Tenant, CrashLedger Ledger)
{
    public List<string> Rows(string sql) => TenantStores.Rows(Host.Database, Host.DataFolder, Tenant, sql);

    public long Count(string sql) => long.Parse(Rows(sql).Single());

    public string VaultFolder => Path.Combine(TenantFiles.Folder(Host.DataFolder, Tenant), "files");
}
