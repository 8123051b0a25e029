using Portal.Exchange.Sending;

namespace Portal.Exchange.Controllers;

/// <summary>
/// What the sender's page shows: each recipient's progress, whether the document is recalled, whether the viewer
/// (a clerk) may send and recall it, and the agency's own code (its own agencies are "trực thuộc" it).
/// </summary>
public sealed record SendingPage(int DocumentId, IReadOnlyList<RecipientProgress> Recipients, bool Recalled, bool MayRecall, string OwnCode);
