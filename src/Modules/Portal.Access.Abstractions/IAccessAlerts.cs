namespace Portal.Access;

/// <summary>The custodian's unread alerts about changed rights on the resources in their keeping.</summary>
public interface IAccessAlerts
{
    Task<IReadOnlyList<AccessAlertView>> UnreadAsync(string userId, CancellationToken cancellationToken = default);

    Task MarkReadAsync(string userId, long alertId, CancellationToken cancellationToken = default);
}
