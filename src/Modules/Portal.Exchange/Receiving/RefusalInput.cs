namespace Portal.Exchange.Receiving;

public sealed record RefusalInput(string? Reason);
