using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;
using Portal.Reorganisation.Models;
using Portal.Reorganisation.Services;

namespace Portal.Reorganisation;

/// <summary>
/// Agency reorganisation (issue #14), the central office's: plans a merge of tenants, or a split of one by its units,
/// from what each module's
/// <see cref="ITenantTransfer"/> reports, records its approval, and runs it as a resumable job.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(ReorganisationFeature.Id, "Sáp nhập, chia tách cơ quan",
        "Lập kế hoạch, phê duyệt và thực hiện việc sáp nhập hay chia tách cơ quan: tài khoản, sổ, văn bản và nhật ký chuyển sang cơ quan nhận.",
        [IdentityFeature.Id, AuditFeature.Id], centralOfficeOnly: true, alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<ReorganisationDb>(ReorganisationFeature.Id, o => new ReorganisationDb(o));
        services.AddSingleton<TenantTransfers>();
        services.AddSingleton<ReorganisationSignal>();
        services.AddSingleton<MergeRun>();
        services.AddScoped<ReorganisationPlanner>();
        foreach (var carried in new[] { Access.AccessFeature.Id, Files.FilesFeature.Id, Search.SearchFeature.Id, ReorganisationFeature.Id })
            services.AddSingleton(new CarriedFeature(carried));
        services.AddScoped<Reorganisations>();
        services.AddSingleton<ReorganisationCommand>();
        services.AddHostedService<ReorganisationWorker>();
        services.AddSingleton(AuditTerm.Action(ReorganisationAudit.Planned, "Lập kế hoạch sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(ReorganisationAudit.Approved, "Phê duyệt sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(ReorganisationAudit.Stopped, "Tạm dừng sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(ReorganisationAudit.Resumed, "Tiếp tục sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(ReorganisationAudit.Finished, "Hoàn thành sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(ReorganisationAudit.Failed, "Sáp nhập, chia tách cơ quan dừng vì lỗi"));
        services.AddSingleton(AuditTerm.Target(ReorganisationAudit.TargetKind, "Việc sáp nhập, chia tách cơ quan"));
        services.AddSingleton(new MenuEntry(MenuSections.CentralOffice, "Sáp nhập, chia tách cơ quan", "/admin/reorganisations", "building", 15,
            ReorganisationFeature.Id, u => u.IsInRole(Roles.CentralOfficeAdmin)));
    }
}
