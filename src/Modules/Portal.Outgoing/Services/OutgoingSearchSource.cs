using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Outgoing.Models;
using Portal.Search;
using Portal.Templates;

namespace Portal.Outgoing.Services;

/// <summary>
/// Outgoing documents as the search index sees them: fields and access list from here, text (subject, recipients and the
/// latest version's body) read on demand. A draft has no number yet; a destroyed document is no longer found.
/// </summary>
internal sealed class OutgoingSearchSource(OutgoingDb db, IAccessList accessList, ITenantAccessor tenants) : ISearchSource
{
    public string Kind => OutgoingFeature.Kind;

    public string Label => "Văn bản đi";

    public string FeatureId => OutgoingFeature.Id;

    public async Task<SearchableDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var key = Key(id);
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == key && x.ErasedUtc == null, cancellationToken);
        if (d is null)
            return null;
        var members = await accessList.MembersAsync(OutgoingDrafting.Resource(d.Id), cancellationToken);
        // The agency facet is "Cơ quan gửi": for a document this agency sends, that is the agency itself, so the facet keeps
        // one meaning across incoming and outgoing; the recipients are searched as text instead.
        var sender = tenants.Required.Record.DisplayName;
        var date = d.IssuedOn ?? DateOnly.FromDateTime(OutgoingFlow.Vietnam(new DateTimeOffset(d.CreatedUtc, TimeSpan.Zero)));
        return new SearchableDocument(Kind, id, d.NumberSymbol, d.Subject, sender, DocumentTypes.Find(d.TypeCode)?.Name ?? d.TypeCode,
            d.SignerName, date, d.Level, d.Urgency, OutgoingMachine.StatusText(d.Status), $"/outgoing/{d.Id}",
            members.Select(m => m.UserId).Distinct().ToList());
    }

    public async Task<string> TextAsync(string id, CancellationToken cancellationToken)
    {
        var key = Key(id);
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == key && x.ErasedUtc == null, cancellationToken);
        if (d is null)
            return "";
        var body = await db.Versions.AsNoTracking().Where(v => v.DocumentId == key).OrderByDescending(v => v.Number).Select(v => v.Body)
            .FirstOrDefaultAsync(cancellationToken);
        return string.Join('\n', d.Subject, d.Recipients, body ?? "");
    }

    public async IAsyncEnumerable<string> IdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return id.ToString(CultureInfo.InvariantCulture);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Documents.CountAsync(cancellationToken);

    private static int Key(string id) => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : 0;
}
