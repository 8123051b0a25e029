using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Audit;
using Portal.Calendar;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Delegation.Models;
using Portal.Delegation.Services;
using Portal.Identity;

namespace Portal.Delegation;

/// <summary>Absences and deputies: owns the absences table; Incoming and Outgoing ask <see cref="IDelegations"/> where a leader's work goes.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(DelegationFeature.Id, "Vắng mặt và ủy quyền",
        "Lãnh đạo đăng ký vắng mặt, cử người ký thay, quyền hoặc thừa ủy quyền; việc và văn bản trình ký chuyển người thay.",
        [IdentityFeature.Id, AuditFeature.Id, CalendarFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<DelegationDb>(DelegationFeature.Id, o => new DelegationDb(o));
        services.AddScoped<Absences>();
        services.AddScoped<IDelegations, DelegationsInForce>();
        services.AddSingleton(AuditTerm.Target(DelegationAudit.TargetKind, "Vắng mặt và ủy quyền"));
        services.AddSingleton(AuditTerm.Action(DelegationAudit.Marked, "Đăng ký vắng mặt, cử người thay"));
        services.AddSingleton(AuditTerm.Action(DelegationAudit.Cancelled, "Hủy lịch vắng mặt"));
        services.AddSingleton(new MenuEntry(MenuSections.Home, "Vắng mặt và ủy quyền", "/absence", "calendar", 95, DelegationFeature.Id,
            user => Absences.LeaderRoles.Any(user.IsInRole)));
    }
}
