using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Core.Data;
using Portal.Reorganisation;

namespace Portal.Audit.Merge;

/// <summary>
/// The audit trail in a merge, the last step of each source. The source's chain stays where it is (it verifies under
/// the source's key): its export seals it with one entry, written once, and hands on the sealed chain's last position
/// and MAC; the import records them in the target's chain, once per source.
/// </summary>
internal sealed class ChainTransfer(AuditDb db, IAuditTrail audit, ITenantUnitOfWork unitOfWork) : ITenantTransfer
{
    public const string Sealed = "audit.sealed";
    public const string Imported = "audit.chain-imported";
    private const string TargetKind = "audit-chain";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) => new(await db.Entries.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        if (after is not null)
            return new TransferBatch([], null);
        await unitOfWork.InTransactionAsync(async () =>
        {
            if (await LastAsync(cancellationToken) is not { Action: Sealed })
                await audit.RecordAsync(new AuditRecord(Sealed, AuditOutcome.Succeeded, TargetKind, work.Source,
                    $"Niêm phong nhật ký {work.Destination}", UserName: work.ApprovedBy), cancellationToken);
        }, cancellationToken);
        var last = (await LastAsync(cancellationToken))!;
        return new TransferBatch([new TransferRow(work.Source, JsonSerializer.Serialize(new SealedChain(last.Position, last.Mac)))], null);
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var chain = JsonSerializer.Deserialize<SealedChain>(batch.Rows.Single().Json)!;
        var written = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            if (await db.Entries.AnyAsync(e => e.Action == Imported && e.TargetId == work.Source, cancellationToken))
                return;
            await audit.RecordAsync(new AuditRecord(Imported, AuditOutcome.Succeeded, TargetKind, work.Source,
                $"Nhận nhật ký đã niêm phong của {work.Source} {work.Occasion}: {chain.Position} mục, MAC cuối {chain.Mac}",
                UserName: work.ApprovedBy), cancellationToken);
            written = 1;
        }, cancellationToken);
        return written;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<AuditEntry?> LastAsync(CancellationToken cancellationToken) =>
        db.Entries.AsNoTracking().OrderByDescending(e => e.Position).FirstOrDefaultAsync(cancellationToken);
}
