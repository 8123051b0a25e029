using Portal.Core.Cli;

namespace Portal.Core.Backup;

/// <summary>`./portal backup --tenant X --to FILE`: a consistent backup of one tenant while the server keeps serving.</summary>
internal sealed class BackupCommand(TenantBackup backup) : ICliCommand
{
    public string Name => "backup";

    public string Usage => "backup --tenant TÊN --to TỆP";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var file = args.PathOption("to");
        var manifest = await backup.BackupAsync(args.Required("tenant"), file, cancellationToken);
        Console.WriteLine($"Đã sao lưu cơ quan {manifest.Tenant} ({manifest.DisplayName}) vào {file}.");
        Console.WriteLine("Tệp đính kèm vẫn được mã hóa; khóa chủ không nằm trong bản sao lưu: cần khóa chủ (và khóa nhật ký) để khôi phục.");
        return 0;
    }
}
