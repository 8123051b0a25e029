using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Stops a phase's server without deleting its data folder (PortalTestServer.DisposeAsync deletes it):
/// the host stops, every pooled SQLite connection closes (so WAL files are checkpointed), the process then exits.
/// </summary>
public static class PhaseHost
{
    public static async Task StopAsync(PortalTestServer server)
    {
        await server.Get<IHost>().StopAsync();
        SqliteConnection.ClearAllPools();
    }
}
