using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Outgoing.Models;
using Portal.Secrets;

namespace Portal.Outgoing.Services;

/// <summary>
/// Issued outgoing documents as the register of state secrets knows them: the level was set when the document was
/// issued. A decided change of level is written on the document's timeline and audited.
/// </summary>
internal sealed class OutgoingSecretHolder(OutgoingDb db, OutgoingJournal journal) : ISecretHolder
{
    public string Kind => OutgoingFeature.Kind;

    public async Task<HeldSecret?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Status == OutgoingStatus.Issued, cancellationToken);
        return document is { IssuedOn: { } issuedOn } ? new HeldSecret(Kind, document.Id, document.NumberSymbol, document.Level, issuedOn, document.ProtectionYears) : null;
    }

    public async Task ChangeLevelAsync(ClaimsPrincipal decider, int id, SecrecyLevel level, string note, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstAsync(d => d.Id == id, cancellationToken);
        document.Level = level;
        await journal.RecordAsync(document, Person.Of(decider), OutgoingAuditActions.LevelChanged, document.Status, new StepNote(note), cancellationToken);
    }
}
