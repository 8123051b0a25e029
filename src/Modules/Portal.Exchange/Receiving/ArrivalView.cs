namespace Portal.Exchange.Receiving;

/// <summary>One line of the clerk's "Văn bản điện tử đến" queue: what the signed header says, before the envelope is opened.</summary>
public sealed record ArrivalView(string SenderCode, string SenderName, Guid EnvelopeId, string NumberSymbol, DateOnly IssuedOn, int Level,
    string Urgency, DateTime ReceivedUtc, string State, string Note, int? IncomingDocumentId);
