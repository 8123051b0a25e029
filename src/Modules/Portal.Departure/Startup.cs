using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Departure.Models;
using Portal.Departure.Services;
using Portal.Identity;

namespace Portal.Departure;

/// <summary>
/// Hand-over when someone leaves or changes post (DOMAIN.md §2.11): owns the undertakings; asks each owning module what
/// is in a person's care (<see cref="CustodyRoute"/>) and tells the identity module whether the account may be disabled.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(DepartureFeature.Id, "Bàn giao khi thôi việc",
        "Danh sách văn bản, hồ sơ mật người thôi việc, chuyển công tác đang quản lý; lãnh đạo giao lại; cam kết bảo vệ bí mật nhà nước.",
        [IdentityFeature.Id, AuditFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<DepartureDb>(DepartureFeature.Id, o => new DepartureDb(o));
        services.AddScoped<CustodyHolders>();
        services.AddScoped<Undertakings>();
        services.AddScoped<DepartureGate>();
        services.AddScoped<IDisableGuard>(s => s.GetRequiredService<DepartureGate>());
        services.AddScoped<HandOvers>();
        services.AddSingleton(AuditTerm.Action(DepartureAudit.ChecklistRead, "Xem danh sách bàn giao khi thôi việc"));
        services.AddSingleton(AuditTerm.Action(DepartureAudit.ItemHandedOver, "Bàn giao văn bản, hồ sơ khi thôi việc / chuyển công tác"));
        services.AddSingleton(AuditTerm.Action(DepartureAudit.UndertakingSigned, "Ký cam kết bảo vệ bí mật nhà nước"));
        services.AddSingleton(new MenuEntry(MenuSections.Home, "Bàn giao khi thôi việc", "/departure", "users", 96, DepartureFeature.Id,
            user => HandOvers.LeaderRoles.Any(user.IsInRole)));
        services.AddSingleton(new MenuEntry(MenuSections.Home, "Cam kết bảo vệ BMNN", "/undertaking", "shield", 97, DepartureFeature.Id,
            user => user.FindFirst(Portal.Core.Security.PortalClaims.Clearance)?.Value is { } level && level != "0"));
    }
}
