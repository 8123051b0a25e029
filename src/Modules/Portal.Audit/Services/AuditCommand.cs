using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Tenancy;

namespace Portal.Audit.Services;

/// <summary>`./portal audit verify [--tenant X]`: checks every running tenant's chain (or one) and names the first broken entry.</summary>
internal sealed class AuditCommand(TenantStore store, TenantHost host) : ICliCommand
{
    public string Name => "audit";

    public string Usage => "audit verify [--tenant TÊN]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "verify")
            throw new CommandException("Dùng: ./portal " + Usage);
        var names = args.Option("tenant") is { } one
            ? [one]
            : (await store.ListAsync(cancellationToken)).Where(t => t.State == TenantState.Running).Select(t => t.Name).ToList();
        var broken = 0;
        foreach (var name in names)
        {
            var tenant = await host.ActivateAsync(name, cancellationToken)
                ?? throw new CommandException($"Không có cơ quan đang hoạt động '{name}'.");
            var result = await host.RunAsync(tenant, services =>
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
