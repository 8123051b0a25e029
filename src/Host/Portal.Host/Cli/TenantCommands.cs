using Portal.Core;
using Portal.Core.Cli;
using Portal.Core.Diagnostics;
using Portal.Core.Tenancy;

namespace Portal.Host.Cli;

/// <summary>`./portal tenant list|create|disable|enable|features|stats|merge|split`: the central office's tenant operations from the shell.</summary>
public sealed class TenantCommands(TenantAdministration tenants, TenantStore store, ControlClient control, Portal.Reorganisation.Services.ReorganisationCommand reorganisation)
{
    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var verb = args.Words.ElementAtOrDefault(1) ?? "list";
        var name = args.Words.ElementAtOrDefault(2);
        switch (verb)
        {
            case "list":
                return await ListAsync(cancellationToken);
            case "create":
                var created = await tenants.CreateAsync(Creation(args), cancellationToken);
                Console.WriteLine($"Đã tạo cơ quan {created.DisplayName} tại /{created.Name}/ ({TenantStateText.Of(created.State)}).");
                return 0;
            case "disable":
                await tenants.DisableAsync(Name(name), cancellationToken);
                await control.ReleaseAsync(name!, cancellationToken);
                Console.WriteLine($"Đã vô hiệu hóa {name}.");
                return 0;
            case "enable":
                await tenants.EnableAsync(Name(name), cancellationToken);
                await control.ReleaseAsync(name!, cancellationToken);
                Console.WriteLine($"Đã cho {name} hoạt động trở lại.");
                return 0;
            case "features":
                return await FeaturesAsync(Name(name), args, cancellationToken);
            case "stats":
                return await StatsAsync(cancellationToken);
            case "merge":
                return await reorganisation.MergeAsync(args, cancellationToken);
            case "split":
                return await reorganisation.SplitAsync(args, cancellationToken);
            default:
                throw new CommandException($"Không có lệnh 'tenant {verb}'. Dùng: list, create, disable, enable, features, stats, merge, split.");
        }
    }

    private async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await tenants.ListAsync(cancellationToken);
        Console.WriteLine($"{"Tiền tố",-28} {"Trạng thái",-16} {"Cấp",-22} {"Mã định danh",-14} Tên cơ quan");
        foreach (var t in rows)
            Console.WriteLine($"{(t.IsDefault ? "/" : t.Name),-28} {TenantStateText.Of(t.State),-16} {AgencyLevelText.Of(t.Level),-22} {t.AgencyCode,-14} {t.DisplayName}");
        Console.WriteLine($"Tổng số: {rows.Count}");
        return 0;
    }

    private async Task<int> FeaturesAsync(string name, CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Option("enable") is { } enable)
            await tenants.EnableFeatureAsync(name, enable, cancellationToken);
        if (args.Option("disable") is { } disable)
            await tenants.DisableFeatureAsync(name, disable, cancellationToken);
        await control.ReleaseAsync(name, cancellationToken);
        var record = await tenants.FindAsync(name, cancellationToken) ?? throw new RequestRefusedException($"Không có cơ quan '{name}'.");
        foreach (var feature in tenants.Features.OrderBy(f => f.Id))
            Console.WriteLine($"{(record.FeatureSet.Contains(feature.Id) ? "[x]" : "[ ]")} {feature.Id,-24} {feature.Name}");
        return 0;
    }

    /// <summary>Live figures come from the running server; without one, only what the database knows.</summary>
    private async Task<int> StatsAsync(CancellationToken cancellationToken)
    {
        var stats = await control.StatsAsync(cancellationToken);
        if (stats is null)
        {
            Console.WriteLine($"Máy chủ không chạy. Số cơ quan đã đăng ký: {await store.CountAsync(cancellationToken)}; đang hoạt động: 0.");
            return 0;
        }
        Console.WriteLine($"Cơ quan đã đăng ký: {stats.Registered}");
        Console.WriteLine($"Cơ quan đang hoạt động: {stats.Active} (nhiều nhất {stats.ActivePeak}, giới hạn {stats.MaxActive})");
        Console.WriteLine($"Bộ nhớ tiến trình (RSS): {stats.ResidentBytes / 1048576.0:N1} MiB; heap .NET: {stats.ManagedHeapBytes / 1048576.0:N1} MiB");
        Console.WriteLine($"Tệp cơ sở dữ liệu của cơ quan đang mở: {stats.OpenDatabaseFiles}");
        foreach (var t in stats.ActiveTenants)
            Console.WriteLine($"  {t.Name,-28} truy cập lúc {t.LastAccessUtc:HH:mm:ss} UTC, {t.ActiveRequests} yêu cầu, {t.OpenDatabaseFiles} tệp mở");
        return 0;
    }

    private static string Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw new CommandException("Thiếu tiền tố của cơ quan.") : name;

    private static TenantCreation Creation(CommandArguments args) => new(
        args.Required("name"),
        args.Required("display-name"),
        args.Required("code"),
        args.Option("parent"),
        Enum.TryParse<AgencyLevel>(args.Option("level") ?? "Commune", ignoreCase: true, out var level)
            ? level : throw new CommandException("--level phải là Ministry, Province, Department hoặc Commune."),
        args.Option("recipe") ?? "commune",
        args.Required("admin-user"),
        args.Required("admin-password"),
        args.Option("admin-name") ?? "");
}
