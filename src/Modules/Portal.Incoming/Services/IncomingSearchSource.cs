using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Files;
using Portal.Incoming.Models;
using Portal.Ocr;
using Portal.Search;

namespace Portal.Incoming.Services;

/// <summary>
/// Incoming documents as the search index sees them: fields and access list from here, text decrypted on demand
/// (attachments' text, and the OCR text of the scan the document was registered from).
/// </summary>
internal sealed class IncomingSearchSource(IncomingDb db, IAccessList accessList, IFileVault vault, IOcrTextSource ocrText) : ISearchSource
{
    private const int AttachmentTextLimit = 200_000;

    public string Kind => IncomingFeature.Kind;

    public string Label => "Văn bản đến";

    public string FeatureId => IncomingFeature.Id;

    public async Task<SearchableDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var key = Key(id);
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == key && x.ErasedUtc == null, cancellationToken);
        if (d is null)
            return null;
        var members = await accessList.MembersAsync(Participants.Resource(d.Id), cancellationToken);
        return new SearchableDocument(Kind, id, d.NumberSymbol, d.Subject, d.Sender, d.DocumentType, "", d.DocumentDate, d.Level,
            UrgencyText.Of(d.Urgency), StatusText.Of(d.Status), $"/incoming/{d.Id}", members.Select(m => m.UserId).Distinct().ToList());
    }

    public async Task<string> TextAsync(string id, CancellationToken cancellationToken)
    {
        var key = Key(id);
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == key && x.ErasedUtc == null, cancellationToken);
        if (d is null)
            return "";
        var text = new StringBuilder().AppendJoin('\n', d.Subject, d.Notes, d.Direction, d.Result, d.Dossier);
        var files = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == key).OrderBy(a => a.Id).Select(a => a.FileId).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            var extracted = await vault.ExtractTextAsync(file, AttachmentTextLimit, cancellationToken);
            if (!string.IsNullOrEmpty(extracted))
                text.Append('\n').Append(extracted);
        }
        var read = await ocrText.TextAsync(Kind, id, AttachmentTextLimit, cancellationToken);
        if (read.Length > 0)
            text.Append('\n').Append(read);
        return text.ToString();
    }

    public async IAsyncEnumerable<string> IdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return id.ToString(CultureInfo.InvariantCulture);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Documents.CountAsync(cancellationToken);

    private static int Key(string id) => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : 0;
}
