namespace Portal.Secrets;

/// <summary>
/// A decision of the agency that issued a document, on this agency's copy of it: recorded in the register and the audit
/// trail; a downgrade, declassification or extension applies to the copy at once, a destruction is a notice to the
/// security officers, who decide on the copy themselves. The notice's kind and id are the copy's. No access check: the
/// caller has verified the issuing agency's signature.
/// </summary>
public interface ISourceDecisions
{
    Task ApplyAsync(SecretDecisionNotice decision, string agencyName, CancellationToken cancellationToken);
}
