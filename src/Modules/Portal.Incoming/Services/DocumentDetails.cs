using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>A document's page: the entry and its stamp, its timeline, its hand-overs, and which steps are the viewer's to take.</summary>
public sealed record DocumentDetails(
    IncomingDocument Document,
    IReadOnlyList<IncomingEvent> Timeline,
    IReadOnlyList<IncomingHandOver> HandOvers,
    IReadOnlySet<IncomingTrigger> Steps,
    bool CanHandOver,
    IReadOnlyList<IncomingAttachment> Attachments,
    bool CanAttach,
    IReadOnlyList<Person> Leaders,
    IReadOnlyList<Person> Handlers);
