using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Incoming.Models;
using Portal.Secrets;

namespace Portal.Incoming.Services;

/// <summary>
/// Incoming documents as the register of state secrets knows them: the level was set on the document's date. A decided
/// change of level goes through the journal, so it is on the timeline, audited and re-indexed (access follows at once).
/// </summary>
internal sealed class IncomingSecretHolder(IncomingDb db, IncomingJournal journal) : ISecretHolder
{
    public string Kind => IncomingFeature.Kind;

    public async Task<HeldSecret?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new HeldSecret(IncomingFeature.Kind, d.Id, d.NumberSymbol, d.Level, d.DocumentDate, d.ProtectionYears))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task ChangeLevelAsync(ClaimsPrincipal decider, int id, SecrecyLevel level, string note, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstAsync(d => d.Id == id, cancellationToken);
        document.Level = level;
        await journal.RecordAsync(document, Actor.Of(decider), IncomingAuditActions.LevelChanged, document.Status, new StepNote(note), cancellationToken);
    }
}
