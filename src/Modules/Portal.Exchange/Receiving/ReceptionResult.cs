namespace Portal.Exchange.Receiving;

/// <summary>How an envelope was taken: new, already received before (nothing registered again), or refused with its reason.</summary>
internal sealed record ReceptionResult(ReceptionOutcome Outcome, string Message);
