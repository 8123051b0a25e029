using Microsoft.Data.Sqlite;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>
/// New tenants start as a copy of the first one's freshly migrated store (SQLite); a template that does not hold the
/// migrations its name promises must never give a tenant a store without its tables.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class SchemaTemplateTests
{
    [Fact]
    public async Task A_tenant_created_from_a_template_without_the_migrations_is_migrated_in_full_and_the_template_made_again()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false);
        var first = UniqueNames.Tenant("xa-mau");
        await server.CreateTenantAsync(first);
        var templates = Directory.GetFiles(Path.Combine(server.DataFolder, "templates"), "*.db");
        Assert.NotEmpty(templates);
        foreach (var template in templates)
            EmptyDatabase(template);

        var second = UniqueNames.Tenant("xa-mau");
        await server.CreateTenantAsync(second);

        using var admin = server.Client();
        Assert.True(await admin.SignInAsync(second, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var users = await admin.PageAsync($"{second}/admin/users");
        Assert.Contains("Quản trị xã", users.Body!.TextContent);
        Assert.Contains(templates, t => new FileInfo(t).Length > 100_000);
    }

    /// <summary>A valid SQLite file with one unrelated table: what a stale or foreign template could look like.</summary>
    private static void EmptyDatabase(string file)
    {
        File.Delete(file);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE Other (Id INTEGER PRIMARY KEY);";
        command.ExecuteNonQuery();
    }
}
