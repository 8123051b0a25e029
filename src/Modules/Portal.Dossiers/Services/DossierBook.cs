using Portal.Files;
using Portal.Rendering;

namespace Portal.Dossiers.Services;

/// <summary>
/// The whole dossier as one PDF: its cover, its list of contents, then each document the reader may see, in date order,
/// page after page. A document's files become page images through the marked-copy renderer's preparation (a PDF rasterised
/// by pdftoppm in a limited child process, a PNG or JPEG passed as it is to Chromium), so nothing is decoded in the server;
/// a file that cannot be shown, or a document without files, gets a page saying so. The caller has checked access and audits.
/// </summary>
public sealed class DossierBook(FiledDocuments documents, IFileVault vault, IMarkedCopyRenderer copies, DossierPrints prints)
{
    public async Task<byte[]> WriteAsync(Models.Dossier dossier, IReadOnlyList<FiledDocument> contents, Person printer, CancellationToken cancellationToken)
    {
        var book = new List<BookDocument>();
        foreach (var document in contents)
        {
            var pages = new List<BookPage>();
            foreach (var file in await documents.FilesAsync(document, cancellationToken))
                pages.AddRange(await PagesAsync(file, cancellationToken));
            book.Add(new BookDocument(document, pages.Count > 0 ? pages : [new BookPage(null, "Văn bản không có tệp (bản quét hoặc bản điện tử) trên hệ thống.")]));
        }
        return await prints.BookAsync(dossier, book, printer, cancellationToken);
    }

    private async Task<IReadOnlyList<BookPage>> PagesAsync(FiledFile file, CancellationToken cancellationToken)
    {
        if (await vault.FindAsync(file.FileId, cancellationToken) is not { } stored)
            return [new BookPage(null, $"{file.Name}: tệp không còn trên hệ thống.")];
        try
        {
            await using var original = await vault.OpenReadAsync(file.FileId, cancellationToken);
            var prepared = await copies.PrepareAsync(original, stored.ContentType, cancellationToken);
            var pages = prepared.Pages.Select(p => new BookPage(p, null)).ToList();
            if (prepared.Truncated)
                pages.Add(new BookPage(null, $"{file.Name}: bản xuất chỉ gồm {prepared.Pages.Count} trang đầu của tệp."));
            return pages;
        }
        catch (Exception e) when (e is CopyNotViewableException or FileUnreadableException)
        {
            return [new BookPage(null, $"{file.Name}: {e.Message}")];
        }
    }
}
