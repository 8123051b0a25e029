using Portal.Access;

namespace Portal.Secrets;

/// <summary>
/// What the register recorded of a declassified document, for the modules that make its copies to stamp them GIẢI MẬT.
/// No access check: the caller has made it before copying.
/// </summary>
public interface IDeclassifications
{
    /// <summary>The day and the decision; null when the document is not declassified (or the tenant keeps no register).</summary>
    Task<Declassification?> FindAsync(string kind, int documentId, CancellationToken cancellationToken);
}
