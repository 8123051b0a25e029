namespace Portal.Exchange.Sending;

/// <summary>
/// The header's metadata: only what the receiving clerk's queue needs before opening and what is not
/// itself secret (number and symbol, date, type, level and urgency marks, the sending agency's name, the protection period
/// written on the document when it states one).
/// </summary>
internal sealed record RoutingFields(string NumberSymbol, DateOnly IssuedOn, string TypeCode, int Level, string Urgency, string SenderName,
    int? ProtectionYears = null);
