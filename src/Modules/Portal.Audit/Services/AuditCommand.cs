using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;

namespace Portal.Audit.Services;

/// <summary>`./portal audit verify [--tenant X]`: checks every running tenant's chain (or one) and names the first broken entry.</summary>
internal sealed class AuditCommand(CliTenants tenants) : ICliCommand
{
    public string Name => "audit";

    public string Usage => "audit verify [--tenant TÊN]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "verify")
            throw new CommandException("Dùng: ./portal " + Usage);
        var broken = 0;
        var count = await tenants.ForEachAsync(args, async (name, tenant) =>
        {
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
        }, cancellationToken);
        Console.WriteLine(broken == 0 ? $"Đã kiểm tra {count} cơ quan: không phát hiện sửa đổi." : $"{broken} cơ quan có nhật ký bị sửa đổi.");
        return broken == 0 ? 0 : 1;
    }
}
