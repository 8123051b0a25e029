using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Registers.Models;

namespace Portal.Registers.Services;

/// <summary>
/// The copy log. A document with a limit is locked for the rest of the caller's transaction before its
/// copies are counted, so two people copying the last allowed copy at once cannot both have it.
/// </summary>
internal sealed class CopyLog(RegistersDb db, ITenantUnitOfWork unitOfWork) : ICopyLog
{
    public async Task<TakenCopy> TakeAsync(CopyRequest request, CancellationToken cancellationToken)
    {
        if (unitOfWork.Transaction is null)
            throw new InvalidOperationException("A copy is taken inside the unit of work's transaction, with its audit entry.");
        if (request.Allowed is { } allowed)
        {
            await unitOfWork.LockAsync($"copies:{request.DocumentKind}:{request.DocumentId}", cancellationToken);
            var taken = await db.Copies.CountAsync(c => c.DocumentKind == request.DocumentKind && c.DocumentId == request.DocumentId, cancellationToken);
            if (taken >= allowed)
                throw new RequestRefusedException($"{request.Document}: đã có đủ {allowed.ToString(CultureInfo.InvariantCulture)} bản được phép. {request.Refusal}".TrimEnd());
        }
        var copy = new CopyRecord
        {
            DocumentKind = request.DocumentKind, DocumentId = request.DocumentId, Document = Cut(request.Document, 500), Level = request.Level,
            Form = request.Form, FileId = request.FileId, UserId = request.UserId, UserName = request.UserName, AtUtc = StoredTime.UtcNow,
        };
        db.Copies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return new TakenCopy(copy.Id, copy.AtUtc);
    }

    public async Task<IReadOnlyList<string>> HoldersAsync(string documentKind, int documentId, CancellationToken cancellationToken) =>
        await db.Copies.AsNoTracking().Where(c => c.DocumentKind == documentKind && c.DocumentId == documentId).Select(c => c.UserId).Distinct()
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CopyLogLine>> LinesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = VietnamTime.StartUtc(from);
        var end = VietnamTime.StartUtc(to.AddDays(1));
        return await db.Copies.AsNoTracking().Where(c => c.AtUtc >= start && c.AtUtc < end).OrderBy(c => c.AtUtc).ThenBy(c => c.Id)
            .Select(c => new CopyLogLine(c.Id, c.AtUtc, c.DocumentKind, c.DocumentId, c.Document, c.Level, c.Form, c.UserName, c.Origin))
            .ToListAsync(cancellationToken);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
