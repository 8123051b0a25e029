using Portal.Incoming;

namespace Portal.Exchange.Receiving;

/// <summary>An arrival opened by the clerk, its signatures checked: its queue line and the registration form it fills.</summary>
public sealed record OpenedArrival(ArrivalView Arrival, string SignerName, int CopyCount, string FileName, IncomingDraft Form);
