namespace Portal.Rendering;

/// <summary>
/// Prints HTML to an A4 PDF in headless Chromium, one isolated browser context per job: scripts off,
/// every request but the document itself refused, a time limit, a limit on jobs at once.
/// It decides nothing about who may print what: the caller checks access (IAccessCheck) before
/// calling and writes the print to the audit trail (IAuditTrail) itself.
/// </summary>
public interface IPdfRenderer
{
    /// <summary>The PDF's bytes; throws <see cref="PdfRenderException"/> (Vietnamese message) when it cannot be made.</summary>
    Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken);
}
