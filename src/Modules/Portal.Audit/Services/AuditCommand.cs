using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;

namespace Portal.Audit.Services;

/// <summary>
/// `./portal audit verify [--tenant X]`: checks the chain of every tenant with data (or one) and names the first broken
/// entry. Disabled tenants are checked too: a source closed by a reorganisation keeps its sealed chain, and that seal is
/// what the successor's chain vouches for.
/// </summary>
internal sealed class AuditCommand(CliTenants tenants) : ICliCommand
{
    public string Name => "audit";

    public string Usage => "audit verify [--tenant TÊN]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "verify")
            throw new CommandException("Dùng: ./portal " + Usage);
        var broken = 0;
        List<string> names = args.Option("tenant") is { } one ? [one] : (await tenants.WithDataAsync(cancellationToken)).Select(t => t.Name).ToList();
        foreach (var name in names)
        {
            var tenant = await tenants.OpenAsync(name, cancellationToken);
            var result = await tenants.RunAsync(tenant, services =>
                services.GetRequiredService<AuditVerifier>().VerifyAsync(name, cancellationToken));
            if (result.Intact)
            {
                Console.WriteLine($"OK    {name}: {result.Entries} mục, chuỗi nguyên vẹn.");
            }
            else
            {
                broken++;
                Console.WriteLine($"LỖI   {name}: mục số {result.FirstBroken}: {result.Problem}");
            }
        }
        Console.WriteLine(broken == 0 ? $"Đã kiểm tra {names.Count} cơ quan: không phát hiện sửa đổi." : $"{broken} cơ quan có nhật ký bị sửa đổi.");
        return broken == 0 ? 0 : 1;
    }
}
