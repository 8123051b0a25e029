using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;

namespace Portal.Files.Crypto;

/// <summary>
/// `./portal keys rotate`: a new master key, every tenant's data keys re-wrapped under it, then the old
/// key set aside. `./portal keys rotate --tenant X --data-key`: a new data key for one tenant, every
/// file's key re-wrapped under it. Both while the server serves; an interrupted run is finished by running again.
/// </summary>
internal sealed class KeysCommand(CliTenants tenants, MasterKey master) : ICliCommand
{
    public string Name => "keys";

    public string Usage => "keys rotate [--tenant TÊN --data-key]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "rotate")
            throw new CommandException("Dùng: ./portal " + Usage);
        if (args.Flag("data-key"))
        {
            var name = args.Required("tenant");
            // A disabled tenant is opened just for this: its keys must be rotatable too.
            var (version, files) = await tenants.RunAsync(await tenants.OpenAsync(name, cancellationToken),
                s => s.GetRequiredService<KeyRewrap>().RotateDataKeyAsync(cancellationToken));
            Console.WriteLine($"{name}: khóa dữ liệu mới (phiên bản {version}); đã bọc lại khóa của {files} tệp.");
            return 0;
        }
        if (args.Option("tenant") is not null)
            throw new CommandException("Khóa chủ dùng chung cho mọi cơ quan: đổi khóa chủ không nhận --tenant (đổi khóa dữ liệu của một cơ quan: thêm --data-key).");
        var next = master.BeginRotation();
        var total = 0;
        foreach (var record in await tenants.WithDataAsync(cancellationToken))
        {
            var tenant = await tenants.OpenAsync(record.Name, cancellationToken);
            if (!tenant.HasFeature(FilesFeature.Id))
                continue;
            var count = await tenants.RunAsync(tenant, s => s.GetRequiredService<KeyRewrap>().RewrapDataKeysAsync(next, cancellationToken));
            total += count;
            Console.WriteLine($"{record.Name}: đã bọc lại {count} khóa dữ liệu.");
        }
        master.CompleteRotation();
        Console.WriteLine($"Đã đổi khóa chủ sang {next} ({total} khóa dữ liệu được bọc lại). Khóa cũ được giữ ở {master.FilePath}.*.retired: " +
            "hủy nó khi không còn bản sao lưu nào cần đến.");
        return 0;
    }
}
