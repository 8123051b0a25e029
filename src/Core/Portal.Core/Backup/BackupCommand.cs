namespace Portal.Core.Backup;

/// <summary>`./portal backup --tenant X --to FILE`: a consistent backup of one tenant while the server keeps serving.</summary>
internal sealed class BackupCommand(TenantBackup backup) : BackupVerb("backup", "to", "backup --tenant TÊN --to TỆP")
{
    protected override async Task<int> RunAsync(string tenant, string file, CancellationToken cancellationToken)
    {
        var manifest = await backup.BackupAsync(tenant, file, cancellationToken);
        Console.WriteLine($"Đã sao lưu cơ quan {manifest.Tenant} ({manifest.DisplayName}) vào {file}.");
        Console.WriteLine("Tệp đính kèm vẫn được mã hóa; khóa chủ không nằm trong bản sao lưu: cần khóa chủ (và khóa nhật ký) để khôi phục.");
        return 0;
    }
}
