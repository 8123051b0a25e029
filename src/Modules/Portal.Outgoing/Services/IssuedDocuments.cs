using Microsoft.EntityFrameworkCore;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Services;

internal sealed class IssuedDocuments(OutgoingDb db) : IIssuedDocuments
{
    public async Task<IssuedDocument?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Status == OutgoingStatus.Issued, cancellationToken);
        return d is { IssuedOn: { } issuedOn, IssuedFileId: { } file }
            ? new IssuedDocument(d.Id, d.NumberSymbol, issuedOn, d.TypeCode, d.Subject, (int)d.Level, d.Urgency, d.SignerName, d.CopyCount, file, d.ProtectionYears)
            : null;
    }
}
