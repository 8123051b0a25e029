namespace Portal.Notifications.Models;

/// <summary>
/// A kind of notification a person chose not to receive; everything else is received. Its mail is muted on its own,
/// under <see cref="Services.NotificationKinds.Mail"/> of the kind.
/// </summary>
public sealed class MutedKind
{
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
}
