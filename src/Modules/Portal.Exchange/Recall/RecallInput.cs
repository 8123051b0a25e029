namespace Portal.Exchange.Recall;

public sealed record RecallInput(string? Reason);
