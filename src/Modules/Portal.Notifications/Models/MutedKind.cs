namespace Portal.Notifications.Models;

/// <summary>A kind of notification a person chose not to receive; everything else is received.</summary>
public sealed class MutedKind
{
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
}
