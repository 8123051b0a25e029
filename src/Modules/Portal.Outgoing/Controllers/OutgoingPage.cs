using Portal.Identity;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Controllers;

/// <summary>
/// A document's page: the row, its timeline, the page as it will be signed (or why it cannot be shown),
/// whose step it is now, and the people who may take the next one.
/// </summary>
public sealed record OutgoingPage(OutgoingDocument Document, IReadOnlyList<OutgoingEvent> Timeline, string? Preview, string? PreviewError,
    OutgoingStep Step, IReadOnlyList<AccountSummary> Next, bool StepUpFresh);
