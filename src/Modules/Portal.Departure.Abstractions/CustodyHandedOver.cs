namespace Portal.Departure;

/// <summary>
/// The outbox message of one item handed over in a departure: the item (its access-check kind and id) and who received
/// it, so the receiver is told; nothing of the item's content.
/// </summary>
public sealed record CustodyHandedOver(string Kind, string Id, string FromUserId, string ToUserId)
{
    public const string Topic = "departure.item-handed-over";
}
