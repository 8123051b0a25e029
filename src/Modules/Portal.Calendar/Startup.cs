using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Audit;
using Portal.Calendar.Endpoints;
using Portal.Calendar.Models;
using Portal.Calendar.Services;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.Calendar;

/// <summary>The working calendar every agency's deadlines use; the central office keeps the days off that change each year.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(CalendarFeature.Id, "Lịch làm việc",
        "Ngày làm việc, ngày nghỉ lễ và giờ làm việc theo giờ Việt Nam.", [IdentityFeature.Id, AuditFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<CalendarDb>(CalendarFeature.Id, o => new CalendarDb(o));
        services.AddSingleton<DaysOffCache>();
        services.AddScoped<CentralDaysOff>();
        services.AddScoped<WorkingHours>();
        services.AddScoped<IWorkingCalendar, WorkingCalendar>();
        services.AddSingleton(AuditTerm.Target(CentralDaysOff.TargetKind, "Lịch làm việc"));
        services.AddSingleton(AuditTerm.Action(CentralDaysOff.Added, "Thêm ngày nghỉ lễ"));
        services.AddSingleton(AuditTerm.Action(CentralDaysOff.Removed, "Xóa ngày nghỉ lễ"));
        services.AddSingleton(new MenuEntry(MenuSections.Home, "Lịch làm việc", "/calendar", "calendar", 90, CalendarFeature.Id, _ => true));
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => CalendarApi.Map(routes);
}
