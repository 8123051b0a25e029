using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Access;
using Portal.Audit;
using Portal.Calendar;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Outbox;
using Portal.Dossiers;
using Portal.Departure;
using Portal.Exchange;
using Portal.Identity;
using Portal.Incoming;
using Portal.Notifications.Endpoints;
using Portal.Notifications.Mail;
using Portal.Notifications.Models;
using Portal.Notifications.Services;
using Portal.Outgoing;
using Portal.Secrets;

namespace Portal.Notifications;

/// <summary>
/// Notifications raised from the other modules' outbox messages after their commit; each stores a reference only,
/// and its text is made at read time through the access check.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(NotificationsFeature.Id, "Thông báo",
        "Thông báo việc mới, ý kiến chỉ đạo, văn bản trình, trả lại, chờ ký, sắp đến hạn và quá hạn, thay đổi quyền tiếp cận, văn bản sắp hết thời hạn bảo vệ, được giải mật hoặc bị cơ quan ban hành tiêu hủy, tình trạng gửi liên thông, hồ sơ sắp đến hạn nộp lưu; trang tóm tắt; thư báo qua máy chủ thư nội bộ (không kèm nội dung văn bản); mỗi người chọn thông báo nhận trong Portal và qua thư.", [IdentityFeature.Id, AccessFeature.Id, AuditFeature.Id, CalendarFeature.Id],
        alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantDbContext<NotificationsDb>(NotificationsFeature.Id, o => new NotificationsDb(o));
        services.AddScoped<NotificationFanOut>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationSettings>();
        services.AddScoped<ResourceNotices>();
        services.AddScoped<AgencyPeople>();
        services.AddOutboxHandler<IncomingMovedHandler>(IncomingMoved.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<IncomingDeadlineHandler>(IncomingDeadline.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<OutgoingMovedHandler>(OutgoingMoved.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<RightsChangedHandler>(AccessChanged.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<HandedOverHandler>(CustodyHandedOver.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<DeclassifiedHandler>(SecretDeclassified.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<PeriodEndingHandler>(SecretPeriodEnding.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<DestroyedAtSourceHandler>(SecretDestroyedAtSource.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<HandOverDueHandler>(DossierHandOverDue.Topic, NotificationsFeature.Id);
        services.AddOutboxHandler<ExchangeStatusHandler>(ExchangeStatusReceived.Topic, NotificationsFeature.Id);
        services.AddScoped<NotificationDigest>();
        services.AddScoped<MailSecret>();
        services.AddScoped<MailServerSettings>();
        services.AddScoped<MailDeliveryLog>();
        services.AddScoped<MailReadiness>();
        services.AddScoped<MailDigestRun>();
        services.AddSingleton<MailDigestWatch>();
        services.AddHostedService(s => s.GetRequiredService<MailDigestWatch>());
        services.AddSingleton(AuditTerm.Target(MailServerChanges.TargetKind, "Máy chủ thư thông báo"));
        services.AddSingleton(AuditTerm.Action(MailServerChanges.Action, "Thay đổi máy chủ thư thông báo"));
        services.AddOutboxHandler<NoticeMailHandler>(NoticeMail.Topic, NotificationsFeature.Id, OutboxLane.Background);
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Thư thông báo", "/admin/notifications/mail", "mail", 80,
            NotificationsFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
        services.AddSingleton(new MenuEntry(MenuSections.Home, "Tóm tắt", "/notifications/digest", "bell", 5, NotificationsFeature.Id, _ => true));
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => NotificationsApi.Map(routes);
}
