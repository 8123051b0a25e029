using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core.Data;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// Puts a person on a document: a participant row (what lists and counts are queried through) and the
/// matching access-list entry (what the one access check reads), in the same transaction.
/// </summary>
public sealed class Participants(IncomingDb db, IAccessList accessList)
{
    public static ResourceRef Resource(int documentId) => new(IncomingFeature.Kind, documentId.ToString(CultureInfo.InvariantCulture));

    public async Task AddAsync(int documentId, string userId, ParticipantRole role, CancellationToken cancellationToken)
    {
        var exists = await db.Participants.AnyAsync(p => p.DocumentId == documentId && p.UserId == userId && p.Role == role, cancellationToken);
        if (!exists)
        {
            db.Participants.Add(new IncomingParticipant { DocumentId = documentId, UserId = userId, Role = role, AddedUtc = StoredTime.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
        }
        await accessList.AddAsync(new AccessEntrySpec(Resource(documentId), userId, Position(role)), cancellationToken);
    }

    /// <summary>Takes everyone but the registering clerk off the document (a recalled copy): rows and access list together.</summary>
    public async Task RemoveAllButClerkAsync(int documentId, CancellationToken cancellationToken)
    {
        var others = await db.Participants.Where(p => p.DocumentId == documentId && p.Role != ParticipantRole.Clerk).ToListAsync(cancellationToken);
        db.Participants.RemoveRange(others);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var participant in others)
            await accessList.RemoveAsync(Resource(documentId), participant.UserId, Position(participant.Role), cancellationToken);
    }

    /// <summary>Puts the receiver in every place the giver has on the document (a hand-over): rows and access list together.</summary>
    public async Task HandOverAsync(int documentId, string fromUserId, string toUserId, CancellationToken cancellationToken)
    {
        var rows = await db.Participants.Where(p => p.DocumentId == documentId && (p.UserId == fromUserId || p.UserId == toUserId))
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.UserId == fromUserId))
        {
            if (rows.Any(r => r.UserId == toUserId && r.Role == row.Role))
                db.Participants.Remove(row);
            else
                row.UserId = toUserId;
        }
        await db.SaveChangesAsync(cancellationToken);
        await accessList.HandOverAsync(Resource(documentId), fromUserId, toUserId, cancellationToken);
    }

    public Task<bool> HasAsync(int documentId, string userId, ParticipantRole role, CancellationToken cancellationToken) =>
        db.Participants.AnyAsync(p => p.DocumentId == documentId && p.UserId == userId && p.Role == role, cancellationToken);

    private static AccessPosition Position(ParticipantRole role) => role switch
    {
        ParticipantRole.Clerk => AccessPosition.RegisteringClerk,
        // The directing leader decides on the document: the list's "approver" position.
        ParticipantRole.Leader => AccessPosition.Approver,
        ParticipantRole.LeadHandler => AccessPosition.LeadHandler,
        ParticipantRole.CoHandler => AccessPosition.CoHandler,
        ParticipantRole.ForInformation => AccessPosition.ForInformation,
        _ => AccessPosition.Addressee,
    };
}
