using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Models;
using Portal.Core.Cli;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Runs the `audit verify --tenant X` CLI command in the server's process, as
/// tests/Portal.Tests/Audit/AuditTamperingTests.cs does, and reads the entry count from its output.
/// </summary>
public static partial class AuditVerifyCommand
{
    [GeneratedRegex(@"^OK\s+\S+: (\d+) mục", RegexOptions.Multiline)]
    private static partial Regex EntriesLine();

    public static async Task<long> CountAsync(PortalTestServer server, string tenant)
    {
        var host = server.Get<TenantHost>();
        var context = (await host.ActivateAsync(tenant))!;
        return await host.RunAsync(context, services => services.GetRequiredService<AuditDb>().Entries.LongCountAsync());
    }

    public static async Task<ChainCheck> RunAsync(PortalTestServer server, string tenant, long expectedEntries)
    {
        server.Get<TenantHost>().Release(tenant);
        var command = server.Services.GetServices<ICliCommand>().Single(c => c.Name == "audit");
        var output = new StringWriter();
        var original = Console.Out;
        var clock = Stopwatch.StartNew();
        int code;
        Console.SetOut(output);
        try
        {
            code = await command.RunAsync(new CommandArguments(["audit", "verify", "--tenant", tenant]), CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }
        var ms = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
        var text = output.ToString().Trim();
        var match = EntriesLine().Match(text);
        var entries = match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        return new ChainCheck(tenant, code, entries, expectedEntries, ms, text);
    }
}
