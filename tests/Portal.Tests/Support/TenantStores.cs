using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Testing;

namespace Portal.Tests.Support;

/// <summary>
/// A tenant's store reached from outside the server's code, as an insider with database access would:
/// its SQLite file, or its schema on the PostgreSQL server. SQL given here quotes its identifiers so it
/// reads the same on both.
/// </summary>
public static class TenantStores
{
    public static bool Exists(PortalTestServer server, string tenant) =>
        server.Database.Provider == "Sqlite"
            ? File.Exists(TenantFiles.Database(server.DataFolder, tenant))
            : Postgres(server.Database, c => Scalar(c, "SELECT count(*) FROM pg_namespace WHERE nspname = @p", tenant)) is 1L;

    public static int Execute(PortalTestServer server, string tenant, string sql) =>
        Open(server.Database, server.DataFolder, tenant, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteNonQuery();
        });

    /// <summary>The first column of every row, as text.</summary>
    public static List<string> Rows(PortalTestServer server, string tenant, string sql) =>
        Rows(server.Database, server.DataFolder, tenant, sql);

    /// <summary>The same, for the store of a server known by its database and data folder (e.g. a child process).</summary>
    public static List<string> Rows(TestDatabase database, string dataFolder, string tenant, string sql) =>
        Open(database, dataFolder, tenant, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(Convert.ToString(reader.GetValue(0))!);
            return rows;
        });

    /// <summary>The tables of the tenant's store.</summary>
    public static List<string> Tables(TestDatabase database, string dataFolder, string tenant) =>
        Rows(database, dataFolder, tenant, database.Provider == "Sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");

    /// <summary>Every row of a table, each as the text of all its columns but <paramref name="leaveOut"/>.</summary>
    public static List<string> Table(TestDatabase database, string dataFolder, string tenant, string table, params string[] leaveOut) =>
        Open(database, dataFolder, tenant, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Where(i => !leaveOut.Contains(reader.GetName(i)))
                    .Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            return rows;
        });

    /// <summary>Everything the tenant's store holds, as bytes: the database file and its log, or every row of every table.</summary>
    public static byte[] Everything(PortalTestServer server, string tenant)
    {
        if (server.Database.Provider == "Sqlite")
        {
            using var all = new MemoryStream();
            foreach (var file in Directory.EnumerateFiles(TenantFiles.Folder(server.DataFolder, tenant), "portal.db*"))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                stream.CopyTo(all);
            }
            return all.ToArray();
        }
        var text = new StringBuilder();
        foreach (var table in Rows(server, tenant, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
            text.AppendJoin('\n', Rows(server, tenant, $"SELECT row_to_json(t)::text FROM \"{table}\" t"));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Every store on the server (the host's and each tenant's, whatever their state) whose table has a row
    /// with this value: tenant names, "host" for the host's own store.
    /// </summary>
    public static List<string> Holding(PortalTestServer server, string table, string column, string value)
    {
        var sql = $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = '{value.Replace("'", "''")}'";
        if (server.Database.Provider == "Sqlite")
        {
            return Directory.EnumerateFiles(server.DataFolder, "*.db", SearchOption.AllDirectories)
                .Where(file => Query(file, $"SELECT count(*) FROM sqlite_master WHERE name = '{table}'") is not [0]
                    && Query(file, sql) is not [0])
                .Select(file => Path.GetFileName(file) == "host.db" ? "host" : Path.GetFileName(Path.GetDirectoryName(file))!)
                .ToList();
        }
        var schemas = Postgres(server.Database, c => Column(c, $"SELECT table_schema FROM information_schema.tables WHERE table_name = '{table}'"));
        return schemas.Where(schema => Rows(server, schema, sql) is not ["0"])
            .Select(schema => schema == "portal_host" ? "host" : schema)
            .ToList();
    }

    private static List<long> Query(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return [(long)command.ExecuteScalar()!];
    }

    private static List<string> Column(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    private static T Open<T>(TestDatabase database, string dataFolder, string tenant, Func<DbConnection, T> work)
    {
        if (database.Provider == "Sqlite")
        {
            using var connection = new SqliteConnection(
                new SqliteConnectionStringBuilder { DataSource = TenantFiles.Database(dataFolder, tenant), Pooling = false }.ToString());
            connection.Open();
            return work(connection);
        }
        return Postgres(database, connection =>
        {
            Scalar(connection, "SELECT set_config('search_path', @p, false)", "\"" + tenant + "\"");
            return work(connection);
        });
    }

    private static T Postgres<T>(TestDatabase database, Func<NpgsqlConnection, T> work)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return work(connection);
    }

    private static object? Scalar(NpgsqlConnection connection, string sql, string parameter)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return command.ExecuteScalar();
    }
}
