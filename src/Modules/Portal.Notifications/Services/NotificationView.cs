namespace Portal.Notifications.Services;

/// <summary>A notification as its receiver sees it: its text made now, for a document the receiver may still see.</summary>
public sealed record NotificationView(long Id, string Kind, string Text, string Link, DateTime CreatedUtc, bool Read);
