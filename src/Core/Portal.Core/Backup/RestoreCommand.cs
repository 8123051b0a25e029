namespace Portal.Core.Backup;

/// <summary>`./portal restore --from FILE --tenant Y`: brings a backup back into a new tenant (or one whose set-up never finished).</summary>
internal sealed class RestoreCommand(TenantBackup backup) : BackupVerb("restore", "from", "restore --from TỆP --tenant TÊN")
{
    protected override async Task<int> RunAsync(string tenant, string file, CancellationToken cancellationToken)
    {
        var manifest = await backup.RestoreAsync(file, tenant, cancellationToken);
        Console.WriteLine($"Đã khôi phục bản sao lưu của {manifest.Tenant} (lập lúc {manifest.TakenUtc:yyyy-MM-dd HH:mm:ss} UTC) vào cơ quan {tenant}.");
        return 0;
    }
}
