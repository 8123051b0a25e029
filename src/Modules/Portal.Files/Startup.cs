using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Backup;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Files.Crypto;
using Portal.Files.Models;
using Portal.Files.Services;
using Portal.Files.Storage;

namespace Portal.Files;

/// <summary>The tenant's encrypted file vault: streamed AES-256-GCM storage of attachments, its checks, its sweep, and the upload reader.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(FilesFeature.Id, "Kho tệp mã hóa",
        "Lưu tệp đính kèm đã mã hóa, kiểm tra loại và dung lượng tệp.", [AuditFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FilesOptions>(configuration.GetSection("Portal:Files"));
        services.AddTenantDbContext<FilesDb>(FilesFeature.Id, o => new FilesDb(o));
        services.AddScoped<Portal.Oversight.IFigureSource, Services.StorageFigures>();
        services.AddSingleton<MasterKey>();
        services.AddSingleton<ErasureKeys>();
        services.AddScoped<TenantKeys>();
        services.AddScoped<IFileVault, FileVault>();
        services.AddScoped<IUploadReader, UploadReader>();
        services.AddScoped<VaultSweep>();
        services.AddHostedService<VaultSweeper>();
        services.AddSingleton<ICliCommand, FilesCommand>();
        services.AddScoped<ITenantBackupPart, VaultBackupPart>();
        services.AddScoped<KeyRewrap>();
        services.AddSingleton<ICliCommand, KeysCommand>();
        services.AddSingleton(AuditTerm.Target(KeyAuditActions.TargetKind, "Khóa mã hóa"));
        foreach (var (code, name) in KeyAuditActions.All)
            services.AddSingleton(AuditTerm.Action(code, name));
    }
}
