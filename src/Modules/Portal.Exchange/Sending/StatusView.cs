namespace Portal.Exchange.Sending;

public sealed record StatusView(string Code, string Text, DateTime AtUtc, string Note);
