namespace Portal.Departure.Services;

/// <summary>The audit trail's words for hand-overs and undertakings (target: the departing account).</summary>
public static class DepartureAudit
{
    public const string ChecklistRead = "departure.checklist-read";
    public const string ItemHandedOver = "departure.item-handed-over";
    public const string UndertakingSigned = "departure.undertaking-signed";
    public const string TargetKind = "user";
}
