using Microsoft.Data.Sqlite;
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

    /// <summary>The values of one column of a table in a SQLite file, read without pooling so no handle stays open.</summary>
    public static IReadOnlyList<string> Column(string file, string table, string column) =>
        Query(file, $"SELECT \"{column}\" FROM \"{table}\"");

    public static IReadOnlyList<string> Tables(string file) => Query(file, "SELECT name FROM sqlite_master WHERE type = 'table'");

    private static IReadOnlyList<string> Query(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
