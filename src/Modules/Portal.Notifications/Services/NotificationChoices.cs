namespace Portal.Notifications.Services;

/// <summary>The kinds a person receives in Portal, and those of them whose mail they receive too.</summary>
public sealed record NotificationChoices(IReadOnlySet<string> InApp, IReadOnlySet<string> Mail);
