using Portal.Exchange.Decisions;
using Portal.Exchange.Models;

namespace Portal.Exchange.Sending;

/// <summary>
/// Carries an envelope to the node that serves its recipient. Throws when the node cannot be reached or
/// fails (the outbox retries with backoff); a refusal is an answer, not a failure, and is not retried.
/// </summary>
public interface IEnvelopeCourier
{
    Task<DeliveryOutcome> DeliverAsync(DirectoryEntry recipient, string envelope, Stream sealedContent, CancellationToken cancellationToken);

    Task PostStatusAsync(DirectoryEntry sender, StatusMessage status, CancellationToken cancellationToken);

    /// <summary>Asks the recipient's node to delete its copy (13, signed by the sender); its answer comes back later as a status (15 or 16).</summary>
    Task PostRecallAsync(DirectoryEntry recipient, StatusMessage recall, CancellationToken cancellationToken);

    /// <summary>Tells the recipient's node of a decision on the secret it received (signed by the sender); a refusal is final.</summary>
    Task<DeliveryOutcome> PostDecisionAsync(DirectoryEntry recipient, DecisionMessage decision, CancellationToken cancellationToken);
}
