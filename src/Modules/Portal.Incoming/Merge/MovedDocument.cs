using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Merge;

/// <summary>An incoming document as a merge carries it: the row, its people, timeline, attachments and access list.</summary>
internal sealed record MovedDocument(IncomingDocument Document, IReadOnlyList<IncomingParticipant> Participants,
    IReadOnlyList<IncomingEvent> Events, IReadOnlyList<IncomingAttachment> Attachments, IReadOnlyList<AccessEntrySpec> Access);
