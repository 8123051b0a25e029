using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Models;
using Portal.Audit.Services;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;
using Portal.Reorganisation;

namespace Portal.Audit;

/// <summary>The tamper-evident audit trail of every tenant, its verification and the security officer's page.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(AuditFeature.Id, "Nhật ký truy cập",
        "Nhật ký chỉ ghi thêm, có mã xác thực nối chuỗi, kiểm tra được.", alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AuditDb>(AuditFeature.Id, o => new AuditDb(o));
        services.AddScoped<Portal.Oversight.IFigureSource, Services.ActivityFigures>();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditKeyRing>();
        services.AddSingleton<AuditHeadStore>();
        services.AddSingleton<Portal.Core.Tenancy.ITenantStoreEvents, AuditHeadCleanup>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddTenantTransfer<Merge.ChainTransfer>("audit", AuditFeature.Id, 1000);
        services.AddSingleton(AuditTerm.Action(Merge.ChainTransfer.Sealed, "Niêm phong nhật ký khi sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(Merge.ChainTransfer.Imported, "Nhận nhật ký đã niêm phong của cơ quan được sáp nhập, chia tách"));
        services.AddScoped<AuditVerifier>();
        services.AddScoped<Portal.Core.Backup.ITenantBackupPart, AuditBackupPart>();
        services.AddSingleton<IAuditVocabulary, AuditVocabulary>();
        services.AddScoped<IAuditReader, AuditReader>();
        services.AddSingleton<Portal.Core.Cli.ICliCommand, AuditCommand>();
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Nhật ký truy cập", "/admin/audit", "history", 90,
            AuditFeature.Id, u => u.IsInRole(Roles.SecurityOfficer) || u.IsInRole(Roles.CentralOfficeAdmin)));
    }
}
