using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>An attachment of an incoming document: it has its document's level and its document's access list.</summary>
internal sealed class IncomingFileLocator(IncomingDb db) : IResourceLocator
{
    public const string FileKind = "incoming-file";

    public async Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var key = Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty;
        var found = await db.Attachments.AsNoTracking().Where(a => a.FileId == key)
            .Join(db.Documents, a => a.DocumentId, d => d.Id, (a, d) => new { d.Id, d.Level })
            .ToListAsync(cancellationToken);
        return found.Count == 0
            ? null
            : new LocatedResource(found[0].Level, Participants.Resource(found[0].Id));
    }
}
