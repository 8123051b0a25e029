using Microsoft.EntityFrameworkCore;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Services;

internal sealed class OutgoingFactsReader(OutgoingDb db) : IOutgoingFacts
{
    public Task<OutgoingFacts?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new OutgoingFacts(d.Id, d.NumberSymbol, d.Subject))
            .FirstOrDefaultAsync(cancellationToken);
}
