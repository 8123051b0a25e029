using Portal.Access;

namespace Portal.Rendering;

/// <summary>
/// One document to print. <see cref="Html"/> is a whole document built by the caller; user text in it
/// must already be HTML-encoded. Images and fonts may only be data: URIs: nothing else is loaded.
/// </summary>
public sealed record PdfRequest(string Html)
{
    /// <summary>A line at the top of every page, e.g. the classification "MẬT"; none when null.</summary>
    public string? Mark { get; init; }

    /// <summary>The GIẢI MẬT stamp of a declassified document, at the top of every page in place of <see cref="Mark"/>.</summary>
    public Declassification? Declassified { get; init; }

    /// <summary>A line at the foot of every page beside "Trang x/y", e.g. who printed the copy and when.</summary>
    public string? FooterNote { get; init; }

    public bool Landscape { get; init; }
}
