namespace Portal.Rendering;

/// <summary>
/// Makes the copy a person views in the browser: never the original's bytes, but its pages printed to
/// PDF with the marks over them (classification, "Bản số N", who viewed it and when). Untrusted images
/// are decoded only outside the server process: a PNG or JPEG goes as it is into the HTML that the
/// renderer's Chromium prints, and a PDF is first rasterised page by page by poppler's pdftoppm in a child
/// process with a time, memory and page limit, into a private folder erased afterwards.
/// It decides nothing about who may view what: the caller checks access, takes the copy number and audits.
/// </summary>
public interface IMarkedCopyRenderer
{
    /// <summary>
    /// The original's pages as images, ready to be marked; throws <see cref="CopyNotViewableException"/> (Vietnamese
    /// message) for a kind that cannot be shown this way, a damaged file, or one past the limits.
    /// </summary>
    Task<CopyPages> PrepareAsync(Stream original, string contentType, CancellationToken cancellationToken);

    /// <summary>The pages with their marks, printed to PDF; throws <see cref="PdfRenderException"/> when the printer fails.</summary>
    Task<byte[]> RenderAsync(CopyPages pages, CopyMarks marks, CancellationToken cancellationToken);
}
