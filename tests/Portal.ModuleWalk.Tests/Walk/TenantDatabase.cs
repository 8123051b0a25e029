using Microsoft.Data.Sqlite;

namespace Portal.ModuleWalk.Tests.Walk;

/// <summary>Reads a tenant's SQLite file directly, read-only, as an operator with the sqlite3 tool would.</summary>
public static class TenantDatabase
{
    public static List<string> Column(string file, string sql)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    public static List<string> Tables(string file) =>
        Column(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
}
