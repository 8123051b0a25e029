using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Templates;
using UglyToad.PdfPig;

namespace Portal.Dossiers.Services;

/// <summary>
/// Reads a filed document from its own module (incoming: its register facts; outgoing: the issued document),
/// never from their tables. No access check: callers check each document first.
/// </summary>
public sealed class FiledDocuments(IIncomingFacts incoming, IIssuedDocuments outgoing, IFileVault vault, ITenantAccessor tenants)
{
    public static readonly IReadOnlyDictionary<string, string> KindNames = new Dictionary<string, string>
    {
        [IncomingFeature.Kind] = "Văn bản đến",
        [OutgoingFeature.Kind] = "Văn bản đi",
    };

    /// <summary>The document, or null when there is none of that kind and id (an outgoing one only once it is issued).</summary>
    public async Task<FiledDocument?> FindAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind == IncomingFeature.Kind)
            return await incoming.FindAsync(id, cancellationToken) is { } d
                ? new FiledDocument(kind, d.Id, d.NumberSymbol, d.DocumentDate, d.Sender, d.DocumentType, d.Subject, d.Level, d.PageCount)
                : null;
        if (kind != OutgoingFeature.Kind || await outgoing.FindAsync(id, cancellationToken) is not { } o)
            return null;
        return new FiledDocument(kind, o.Id, o.NumberSymbol, o.IssuedOn, tenants.Current!.Record.DisplayName,
            DocumentTypes.Find(o.TypeCode)?.Name ?? o.TypeCode, o.Subject, (Access.SecrecyLevel)o.Level, 0);
    }

    /// <summary>The document's files: an incoming document's attachments, an outgoing document's issued PDF.</summary>
    public async Task<IReadOnlyList<FiledFile>> FilesAsync(FiledDocument document, CancellationToken cancellationToken)
    {
        if (document.Kind == IncomingFeature.Kind)
            return [.. (await incoming.FilesAsync(document.Id, cancellationToken)).Select(f => new FiledFile(f.FileId, f.FileName))];
        return await outgoing.FindAsync(document.Id, cancellationToken) is { } issued
            ? [new FiledFile(issued.IssuedFileId, $"{document.NumberSymbol}.pdf")]
            : [];
    }

    /// <summary>The number of pages: the register's count for an incoming document, the issued PDF's pages for an outgoing one.</summary>
    public async Task<int> PageCountAsync(FiledDocument document, CancellationToken cancellationToken)
    {
        if (document.Kind != OutgoingFeature.Kind || await outgoing.FindAsync(document.Id, cancellationToken) is not { } issued)
            return document.PageCount;
        await using var stream = await vault.OpenReadAsync(issued.IssuedFileId, cancellationToken);
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, cancellationToken);
        using var pdf = PdfDocument.Open(bytes.ToArray());
        return pdf.NumberOfPages;
    }
}
