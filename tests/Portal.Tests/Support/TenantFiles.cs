using Portal.Core.Diagnostics;

namespace Portal.Tests.Support;

/// <summary>What is on disk and held open for a tenant, seen from outside the server's code.</summary>
public static class TenantFiles
{
    public static string Folder(string dataFolder, string tenant) => Path.Combine(dataFolder, "Sites", tenant);

    public static string Database(string dataFolder, string tenant) => Path.Combine(Folder(dataFolder, tenant), "portal.db");

    /// <summary>The files under the tenant's folder this process (which hosts the server) holds open.</summary>
    public static IReadOnlyList<string> OpenFiles(string tenant) =>
        ProcessFacts.OpenFiles(f => f.Contains($"/Sites/{tenant}/", StringComparison.Ordinal));
}
