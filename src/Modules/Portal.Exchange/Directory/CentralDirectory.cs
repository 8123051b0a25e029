using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;

namespace Portal.Exchange.Directory;

/// <summary>
/// The directory's rows live in the central office's store (its Exchange tables); another tenant reads
/// and publishes through the central office's own scope, never with its own connection. While the
/// central office itself is being set up it is not running yet, so it works on its own store directly.
/// </summary>
public sealed class CentralDirectory(ExchangeDb db, ITenantAccessor tenants, TenantHost host)
{
    /// <summary>Merges followed from an agency code to the agency serving it now: an agency merged again and again, not a loop.</summary>
    private const int MaxMerges = 16;

    public Task<List<DirectoryEntry>> EntriesAsync(CancellationToken cancellationToken) =>
        InCentralOfficeAsync(d => d.Directory.AsNoTracking().OrderBy(e => e.Level).ThenBy(e => e.AgencyCode).ToListAsync(cancellationToken));

    public Task<DirectoryEntry?> FindAsync(string agencyCode, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(d => d.Directory.AsNoTracking().FirstOrDefaultAsync(e => e.AgencyCode == agencyCode, cancellationToken));

    /// <summary>
    /// The entry that serves <paramref name="agencyCode"/> now: its own, or, once it was merged, its successor's (the
    /// redirection followed); throws (the outbox retries) while it is not in the directory.
    /// </summary>
    public async Task<DirectoryEntry> RequiredAsync(string agencyCode, CancellationToken cancellationToken) =>
        await ServingAsync(agencyCode, cancellationToken)
        ?? throw new InvalidOperationException($"Cơ quan {agencyCode} không còn trong danh bạ liên thông.");

    /// <summary>
    /// <paramref name="signer"/>'s entry when it may answer for <paramref name="original"/>: the same agency, or the one
    /// <paramref name="original"/> was merged into (its successor signs what it inherited); null otherwise.
    /// </summary>
    public async Task<DirectoryEntry?> SpeakerAsync(string signer, string original, CancellationToken cancellationToken) =>
        signer == original ? await FindAsync(signer, cancellationToken)
        : await ServingAsync(original, cancellationToken) is { } serving && serving.AgencyCode == signer ? serving : null;

    /// <summary>The entry serving <paramref name="agencyCode"/> among <paramref name="entries"/> (the whole directory), following merges.</summary>
    public static DirectoryEntry? Serving(IReadOnlyDictionary<string, DirectoryEntry> entries, string agencyCode) =>
        Follow(code => Task.FromResult(entries.GetValueOrDefault(code)), agencyCode).GetAwaiter().GetResult();

    private Task<DirectoryEntry?> ServingAsync(string agencyCode, CancellationToken cancellationToken) =>
        Follow(code => FindAsync(code, cancellationToken), agencyCode);

    /// <summary>From an agency's entry to the one it was merged into, and so on (at most <see cref="MaxMerges"/>; a cycle ends it with null).</summary>
    private static async Task<DirectoryEntry?> Follow(Func<string, Task<DirectoryEntry?>> find, string agencyCode)
    {
        var entry = await find(agencyCode);
        for (var step = 0; entry?.MergedInto is { } next && step < MaxMerges; step++)
            entry = await find(next);
        return entry?.MergedInto is null ? entry : null;
    }

    /// <summary>
    /// The entry that takes statuses about <paramref name="envelopeId"/>, sent by <paramref name="senderCode"/>: the
    /// successor holding its record when a split gave it to one the code does not lead to, else the agency serving the code.
    /// </summary>
    public async Task<DirectoryEntry> HolderAsync(string senderCode, Guid envelopeId, CancellationToken cancellationToken) =>
        await RequiredAsync(await InCentralOfficeAsync(d => d.HeldEnvelopes.AsNoTracking()
            .Where(h => h.EnvelopeId == envelopeId && h.FormerCode == senderCode).Select(h => h.HeldBy).FirstOrDefaultAsync(cancellationToken))
            ?? senderCode, cancellationToken);

    /// <summary>Notes that <paramref name="heldBy"/> holds the records of these envelopes <paramref name="formerCode"/> sent (again: unchanged).</summary>
    public Task HoldAsync(string formerCode, IReadOnlyCollection<Guid> envelopeIds, string heldBy, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async d =>
        {
            var noted = await d.HeldEnvelopes.Where(h => envelopeIds.Contains(h.EnvelopeId)).Select(h => h.EnvelopeId).ToListAsync(cancellationToken);
            d.HeldEnvelopes.AddRange(envelopeIds.Except(noted).Select(id => new HeldEnvelope { EnvelopeId = id, FormerCode = formerCode, HeldBy = heldBy }));
            await d.SaveChangesAsync(cancellationToken);
            return true;
        });

    /// <summary>
    /// Redirects <paramref name="agencyCode"/> to the agency of <paramref name="targetTenant"/>: the one it was merged into,
    /// or its main successor when it was <paramref name="split"/>.
    /// </summary>
    public Task RedirectAsync(string agencyCode, string targetTenant, bool split, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async d =>
        {
            var target = await d.Directory.Where(e => e.TenantName == targetTenant).Select(e => e.AgencyCode).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Cơ quan nhận {targetTenant} chưa có trong danh bạ liên thông.");
            await d.Directory.Where(e => e.AgencyCode == agencyCode).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.MergedInto, target).SetProperty(e => e.SplitUp, split), cancellationToken);
            return true;
        });

    /// <summary>Adds or replaces the agency's entry; its parent is the listed agency whose code or name the tenant's parent field gives.</summary>
    public Task PublishAsync(TenantRecord record, byte[] encryptionKey, byte[] signatureKey, CancellationToken cancellationToken) =>
        InCentralOfficeAsync(async d =>
        {
            var parent = record.ParentAgency is { } p
                ? await d.Directory.Where(e => e.AgencyCode == p || e.DisplayName == p).Select(e => e.AgencyCode).FirstOrDefaultAsync(cancellationToken)
                : null;
            var entry = await d.Directory.FirstOrDefaultAsync(e => e.AgencyCode == record.AgencyCode, cancellationToken);
            if (entry is not null && entry.TenantName != record.Name)
                throw new RequestRefusedException($"Mã định danh {record.AgencyCode} đã thuộc về cơ quan khác trong danh bạ liên thông.");
            if (entry is null)
            {
                entry = new DirectoryEntry
                {
                    AgencyCode = record.AgencyCode, TenantName = record.Name, DisplayName = record.DisplayName,
                    EncryptionKey = encryptionKey, SignatureKey = signatureKey,
                };
                d.Directory.Add(entry);
            }
            entry.DisplayName = record.DisplayName;
            entry.ParentCode = parent;
            entry.Level = (int)record.Level;
            entry.EncryptionKey = encryptionKey;
            entry.SignatureKey = signatureKey;
            entry.PublishedUtc = Core.Data.StoredTime.UtcNow;
            await d.SaveChangesAsync(cancellationToken);
            return true;
        });

    private async Task<T> InCentralOfficeAsync<T>(Func<ExchangeDb, Task<T>> work)
    {
        if (tenants.Current is { IsDefault: true })
            return await work(db);
        var central = await host.ActivateAsync(TenantRecord.DefaultName)
            ?? throw new RequestRefusedException("Văn phòng Chính phủ (cơ quan trung tâm) chưa sẵn sàng nên chưa dùng được danh bạ liên thông.");
        return await host.RunAsync(central, services => work(services.GetRequiredService<ExchangeDb>()));
    }
}
