namespace Portal.Secrets;

/// <summary>
/// The holders of copies of a document at other agencies (those the exchange sent it to): told of every decision on
/// it. Called in the decision's transaction, so the notice leaves only with the decision; a module with no such copies does nothing.
/// </summary>
public interface ICopyHoldersElsewhere
{
    Task TellAsync(SecretDecisionNotice notice, CancellationToken cancellationToken);
}
