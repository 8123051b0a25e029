namespace Portal.Notifications.Services;

/// <summary>The kinds a person receives in Portal, those of them whose mail they receive too, and whether that mail comes once a day.</summary>
public sealed record NotificationChoices(IReadOnlySet<string> InApp, IReadOnlySet<string> Mail, bool DailyMail);
