using Portal.Exchange.Models;

namespace Portal.Exchange.Merge;

/// <summary>An outgoing document's exchange records in a merge: its envelopes, their statuses, its recall and its decision notices.</summary>
internal sealed record MovedSendings(int DocumentId, List<Models.Sending> Sendings, List<SendingStatus> Statuses, DocumentRecall? Recall,
    List<DecisionNotice> Notices);
