using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Merge;

/// <summary>An incoming document as a merge carries it: the row, its people, timeline, attachments, access list and the hand-overs of its paper original.</summary>
internal sealed record MovedDocument(IncomingDocument Document, IReadOnlyList<IncomingParticipant> Participants,
    IReadOnlyList<IncomingEvent> Events, IReadOnlyList<IncomingAttachment> Attachments, IReadOnlyList<AccessEntrySpec> Access,
    IReadOnlyList<IncomingHandOver> HandOvers);
