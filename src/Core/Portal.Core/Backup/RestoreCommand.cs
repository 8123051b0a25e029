using Portal.Core.Cli;

namespace Portal.Core.Backup;

/// <summary>`./portal restore --from FILE --tenant Y`: brings a backup back into a new tenant (or one whose set-up never finished).</summary>
internal sealed class RestoreCommand(TenantBackup backup) : ICliCommand
{
    public string Name => "restore";

    public string Usage => "restore --from TỆP --tenant TÊN";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var tenant = args.Required("tenant");
        var manifest = await backup.RestoreAsync(args.PathOption("from"), tenant, cancellationToken);
        Console.WriteLine($"Đã khôi phục bản sao lưu của {manifest.Tenant} (lập lúc {manifest.TakenUtc:yyyy-MM-dd HH:mm:ss} UTC) vào cơ quan {tenant}.");
        return 0;
    }
}
