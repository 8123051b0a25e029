using Portal.Access;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Merge;

/// <summary>An outgoing document as a merge carries it: the row, its versions, timeline and access list.</summary>
internal sealed record MovedOutgoing(OutgoingDocument Document, IReadOnlyList<OutgoingVersion> Versions, IReadOnlyList<OutgoingEvent> Events,
    IReadOnlyList<AccessEntrySpec> Access);
