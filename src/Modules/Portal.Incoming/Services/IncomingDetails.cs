using Microsoft.EntityFrameworkCore;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>Loads a document's page for a person the access check has already let through.</summary>
public sealed class IncomingDetails(IncomingDb db, People people)
{
    public async Task<DocumentDetails?> LoadAsync(Actor actor, int id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
            return null;
        var timeline = await db.Events.AsNoTracking().Where(e => e.DocumentId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var handOvers = await db.HandOvers.AsNoTracking().Where(h => h.DocumentId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var roles = await db.Participants.AsNoTracking().Where(p => p.DocumentId == id && p.UserId == actor.UserId)
            .Select(p => p.Role).ToListAsync(cancellationToken);
        var steps = Steps(document, actor, roles.Contains(ParticipantRole.Clerk));
        var leaders = steps.Contains(IncomingTrigger.Submit) ? await people.LeadersAsync(document.Level, cancellationToken) : [];
        var handlers = steps.Contains(IncomingTrigger.Direct) || steps.Contains(IncomingTrigger.PassOn)
            ? await people.ClearedAsync(document.Level, cancellationToken)
            : [];
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var open = document.Status != IncomingStatus.Cancelled;
        return new DocumentDetails(document, timeline, handOvers, steps,
            roles.Contains(ParticipantRole.Clerk) && open, attachments,
            open && (roles.Contains(ParticipantRole.Clerk) || document.LeadUserId == actor.UserId || document.AddresseeUserId == actor.UserId),
            leaders.Select(a => new Person(a.UserName, a.FullName, a.Position)).ToList(),
            handlers.Select(a => new Person(a.UserName, a.FullName, a.Position)).ToList());
    }

    /// <summary>The steps the machine allows now that are this person's: what the page offers them.</summary>
    private static HashSet<IncomingTrigger> Steps(IncomingDocument document, Actor actor, bool clerk)
    {
        var machine = IncomingMachine.Of(document);
        var addressee = document.AddresseeOnly && document.AddresseeUserId == actor.UserId;
        var lead = document.LeadUserId == actor.UserId;
        var leader = document.LeaderUserId == actor.UserId;
        return Enum.GetValues<IncomingTrigger>().Where(machine.CanFire).Where(t => t switch
        {
            IncomingTrigger.Submit => clerk || addressee,
            IncomingTrigger.Cancel => clerk,
            IncomingTrigger.Direct => leader,
            IncomingTrigger.Start or IncomingTrigger.PassOn => lead,
            IncomingTrigger.Complete => document.Status == IncomingStatus.Registered ? addressee : lead,
            _ => document.Status == IncomingStatus.AwaitingDirection ? leader : lead,
        }).ToHashSet();
    }
}
