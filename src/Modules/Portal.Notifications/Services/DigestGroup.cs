namespace Portal.Notifications.Services;

/// <summary>The digest's notices of one kind, under the kind's Vietnamese name.</summary>
public sealed record DigestGroup(string Kind, string Title, IReadOnlyList<NotificationView> Notices);
