using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Audit;
using Portal.Calendar;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Identity;
using Portal.Incoming;
using Portal.Rendering;
using Portal.Reports.Services;

namespace Portal.Reports;

/// <summary>
/// Báo cáo thống kê for the agency's leaders: incoming documents by state, overdue by unit and person, processing
/// times, and a printable periodic report. It owns no table: every figure comes through Incoming's
/// <see cref="IIncomingStatistics"/>, which counts only what the viewer may open.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(ReportsFeature.Id, "Báo cáo thống kê",
        "Báo cáo cho lãnh đạo: văn bản đến theo trạng thái, quá hạn theo đơn vị và người xử lý, thời gian xử lý, báo cáo định kỳ để in.",
        [IncomingFeature.Id, CalendarFeature.Id, IdentityFeature.Id, RenderingFeature.Id, AuditFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<LeaderReports>();
        services.AddScoped<ReportPrint>();
        services.AddSingleton(AuditTerm.Target(ReportsFeature.Target, "Báo cáo thống kê"));
        services.AddSingleton(AuditTerm.Action(ReportAudit.Viewed, "Xem báo cáo thống kê"));
        services.AddSingleton(AuditTerm.Action(ReportAudit.Printed, "In báo cáo thống kê"));
        services.AddSingleton(new MenuEntry(MenuSections.Reports, "Báo cáo văn bản đến", "/reports", "bar-chart", 10, ReportsFeature.Id,
            LeaderReports.MayRead));
    }
}
