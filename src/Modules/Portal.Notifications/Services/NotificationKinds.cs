namespace Portal.Notifications.Services;

/// <summary>The kinds of notification a person may choose to receive, with their Vietnamese names.</summary>
public static class NotificationKinds
{
    public const string DirectionNeeded = "direction-needed";
    public const string NewWork = "new-work";
    public const string Returned = "returned";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [DirectionNeeded] = "Văn bản trình chờ cho ý kiến",
        [NewWork] = "Việc mới được giao",
        [Returned] = "Văn bản bị trả lại",
    };
}
