using Microsoft.EntityFrameworkCore;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

internal sealed class IncomingFactsReader(IncomingDb db) : IIncomingFacts
{
    public async Task<IncomingFacts?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new IncomingFacts(d.Id, d.NumberSymbol, d.DocumentDate, d.Sender, d.DocumentType, d.Subject, d.Level, d.PageCount))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<IncomingFile>> FilesAsync(int id, CancellationToken cancellationToken) =>
        await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id)
            .Select(a => new IncomingFile(a.FileId, a.FileName)).ToListAsync(cancellationToken);
}
