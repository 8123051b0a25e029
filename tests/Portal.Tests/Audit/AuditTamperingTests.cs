using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Audit;

/// <summary>
/// The audit trail of a tenant is edited directly in its store (SQLite file or PostgreSQL schema), as an
/// insider with database access would, and `./portal audit verify` must name the first broken entry.
/// </summary>
public sealed class AuditTamperingTests(AuditServerFixture fixture) : IClassFixture<AuditServerFixture>
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task An_untouched_trail_verifies_and_records_failed_and_successful_sign_ins()
    {
        var tenant = await TenantWithEntriesAsync("xa-nguyen-ven");

        Assert.Equal(0, await VerifyAsync(tenant));
        var actions = Rows(tenant, "SELECT \"Action\" || ':' || \"Outcome\" || ':' || \"UserName\" FROM \"AuditEntries\" ORDER BY \"Position\"");
        Assert.Contains("signin:2:ke-la", actions);
        Assert.Contains("signin:0:quantri", actions);
        Assert.Contains(actions, a => a.StartsWith("user.created:0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_entry_is_named()
    {
        var tenant = await TenantWithEntriesAsync("xa-sua-muc");
        Execute(tenant, "UPDATE \"AuditEntries\" SET \"UserName\" = 'nguoi-khac' WHERE \"Position\" = 3");

        var (code, output) = await VerifyWithOutputAsync(tenant);

        Assert.Equal(1, code);
        Assert.Contains("mục số 3", output);
    }

    [Fact]
    public async Task A_deleted_entry_is_named()
    {
        var tenant = await TenantWithEntriesAsync("xa-xoa-muc");
        Execute(tenant, "DELETE FROM \"AuditEntries\" WHERE \"Position\" = 2");

        var (code, output) = await VerifyWithOutputAsync(tenant);

        Assert.Equal(1, code);
        Assert.Contains("mục số 2", output);
    }

    [Fact]
    public async Task Reordered_entries_are_caught()
    {
        var tenant = await TenantWithEntriesAsync("xa-dao-thu-tu");
        Execute(tenant, """
            UPDATE "AuditEntries" SET "Position" = -1 WHERE "Position" = 2;
            UPDATE "AuditEntries" SET "Position" = 2 WHERE "Position" = 3;
            UPDATE "AuditEntries" SET "Position" = 3 WHERE "Position" = -1;
            """);

        var (code, output) = await VerifyWithOutputAsync(tenant);

        Assert.Equal(1, code);
        Assert.Contains("mục số 2", output);
    }

    [Fact]
    public async Task Dropping_the_newest_entries_is_caught_by_the_head_kept_outside_the_database()
    {
        var tenant = await TenantWithEntriesAsync("xa-cat-duoi");
        var count = long.Parse(Rows(tenant, "SELECT COUNT(*) FROM \"AuditEntries\"").Single());
        Execute(tenant, $"DELETE FROM \"AuditEntries\" WHERE \"Position\" > {count - 2}");

        var (code, output) = await VerifyWithOutputAsync(tenant);

        Assert.Equal(1, code);
        Assert.Contains("đã bị xóa", output);
    }

    [Fact]
    public async Task A_whole_chain_rewritten_with_recomputed_hashes_is_caught()
    {
        var tenant = await TenantWithEntriesAsync("xa-viet-lai");
        // Without the key the forger can only recompute an unkeyed hash chain.
        Execute(tenant, "UPDATE \"AuditEntries\" SET \"UserName\" = 'gia-mao'");
        var previous = "0000000000000000000000000000000000000000000000000000000000000000";
        foreach (var position in Rows(tenant, "SELECT \"Position\" FROM \"AuditEntries\" ORDER BY \"Position\""))
        {
            var mac = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(position + previous)));
            Execute(tenant, $"UPDATE \"AuditEntries\" SET \"PreviousMac\" = '{previous}', \"Mac\" = '{mac}' WHERE \"Position\" = {position}");
            previous = mac;
        }

        var (code, output) = await VerifyWithOutputAsync(tenant);

        Assert.Equal(1, code);
        Assert.Contains("mục số 1", output);
    }

    [Fact]
    public async Task Concurrent_appends_and_a_batch_in_one_transaction_leave_the_head_on_the_newest_entry()
    {
        const string tenant = "xa-dau-chuoi";
        await Server.CreateTenantAsync(tenant);
        var host = Server.Get<TenantHost>();
        var context = (await host.ActivateAsync(tenant))!;
        Task Append(string id) => host.RunAsync(context, async services =>
        {
            await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditRecord("test.append", AuditOutcome.Succeeded, "test", id));
            return true;
        });
        // The head is group-committed: eight writers at once, and twenty entries in one transaction with one head write.
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
                await Append($"{w}-{i}");
        }));
        var batch = host.RunAsync(context, async services =>
        {
            var trail = services.GetRequiredService<IAuditTrail>();
            await services.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(async () =>
            {
                for (var i = 0; i < 20; i++)
                    await trail.RecordAsync(new AuditRecord("test.batch", AuditOutcome.Succeeded, "test", i.ToString()));
            });
            return true;
        });
        await Task.WhenAll([.. writers, batch]);

        var newest = Rows(tenant, "SELECT MAX(\"Position\") FROM \"AuditEntries\"").Single();
        var head = await File.ReadAllTextAsync(Path.Combine(Server.DataFolder, "audit", tenant + ".head"));
        Assert.Equal(newest, head.Split(' ')[0]);
        Assert.Equal(0, await VerifyAsync(tenant));
        Execute(tenant, $"DELETE FROM \"AuditEntries\" WHERE \"Position\" = {newest}");
        Assert.Equal(1, await VerifyAsync(tenant));
    }

    private async Task<string> TenantWithEntriesAsync(string name)
    {
        await Server.CreateTenantAsync(name);
        using var client = Server.Client();
        Assert.False(await client.SignInAsync(name, "ke-la", "Sai@MatKhau123"));
        Assert.True(await client.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        using var again = Server.Client();
        Assert.True(await again.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        return name;
    }

    private async Task<int> VerifyAsync(string tenant) => (await VerifyWithOutputAsync(tenant)).Code;

    private async Task<(int Code, string Output)> VerifyWithOutputAsync(string tenant)
    {
        Server.Get<TenantHost>().Release(tenant);
        var command = Server.Services.GetServices<ICliCommand>().Single(c => c.Name == "audit");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var code = await command.RunAsync(new CommandArguments(["audit", "verify", "--tenant", tenant]), CancellationToken.None);
            return (code, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private void Execute(string tenant, string sql) => TenantStores.Execute(Server, tenant, sql);

    private List<string> Rows(string tenant, string sql) => TenantStores.Rows(Server, tenant, sql);
}
