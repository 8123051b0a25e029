namespace Portal.Notifications;

/// <summary>Notifications inside Portal: the bell, the list and each person's choice of what to receive.</summary>
public static class NotificationsFeature
{
    public const string Id = "Portal.Notifications";
}
