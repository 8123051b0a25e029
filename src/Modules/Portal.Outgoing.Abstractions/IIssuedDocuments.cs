namespace Portal.Outgoing;

/// <summary>Issued outgoing documents, for modules that send them on (exchange between agencies).</summary>
public interface IIssuedDocuments
{
    /// <summary>The document if it has been issued; null while it is still a draft or being signed. No access check: callers declare their route.</summary>
    Task<IssuedDocument?> FindAsync(int id, CancellationToken cancellationToken);
}
