using Portal.Exchange.Models;

namespace Portal.Exchange.Merge;

/// <summary>An envelope the source received, in a merge, with the senders' decisions on it.</summary>
internal sealed record MovedArrival(Arrival Arrival, List<ReceivedDecision> Decisions);
