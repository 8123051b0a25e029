using Portal.Notifications.Services;

namespace Portal.Notifications.Endpoints;

public sealed record NotificationsResponse(int Unread, IReadOnlyList<NotificationView> Items);
