using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Files;
using Portal.Outgoing;

namespace Portal.Exchange.Sending;

/// <summary>
/// "Gửi liên thông" on an issued document: the recipients are resolved in the directory, the issued
/// original sealed once (outside any transaction: it may be large), then one envelope per recipient,
/// its delivery message and the audit entry are written in one transaction. Delivery follows after the
/// commit through the outbox; a recipient already sent this document is not sent it again.
/// </summary>
public sealed class ExchangeSending(ExchangeDb db, IIssuedDocuments issued, IAgencyDirectory directory, CentralDirectory central,
    AgencyKeys keys, IEnvelopeSeal seal, IFileVault vault, IOutbox outbox, IAuditTrail audit, ITenantUnitOfWork unitOfWork,
    ITenantAccessor tenants)
{
    public const string DeliveryTopic = "exchange.deliver";

    public async Task<int> SendAsync(int documentId, SendInput input, CancellationToken cancellationToken)
    {
        var document = await issued.FindAsync(documentId, cancellationToken)
            ?? throw new RequestRefusedException("Chỉ gửi liên thông được văn bản đã phát hành.");
        if (await db.Recalls.AnyAsync(r => r.DocumentId == documentId, cancellationToken))
            throw new RequestRefusedException("Văn bản đã bị thu hồi: không gửi liên thông tiếp được.");
        var codes = new HashSet<string>(input.Recipients ?? [], StringComparer.Ordinal);
        foreach (var group in input.Groups ?? [])
            codes.UnionWith((await directory.GroupAsync(group, cancellationToken)).Select(a => a.AgencyCode));
        var tenant = tenants.Required;
        var entries = (await central.EntriesAsync(cancellationToken)).ToDictionary(e => e.AgencyCode, StringComparer.Ordinal);
        if (codes.FirstOrDefault(c => !entries.ContainsKey(c)) is { } unknown)
            throw new RequestRefusedException($"Không có cơ quan mã {unknown} trong danh bạ liên thông.");
        // A merged agency's code is redirected: the envelope is made for the agency it was merged into.
        codes = new HashSet<string>(codes.Select(c => CentralDirectory.Serving(entries, c)?.AgencyCode
            ?? throw new RequestRefusedException($"Cơ quan mã {c} đã sáp nhập nhưng không tìm được cơ quan nhận thay.")), StringComparer.Ordinal);
        codes.Remove(tenant.Record.AgencyCode);
        var already = await db.Sendings.Where(s => s.DocumentId == documentId).Select(s => s.RecipientCode).ToListAsync(cancellationToken);
        codes.ExceptWith(already);
        if (codes.Count == 0)
            throw new RequestRefusedException("Chọn ít nhất một cơ quan nhận chưa được gửi văn bản này.");

        var recipients = codes.Order(StringComparer.Ordinal).Select(c => entries[c]).ToList();
        var contentId = Guid.NewGuid();
        var temporary = SealedFiles.Temporary(tenant);
        IReadOnlyList<SealedEnvelope> envelopes;
        using (var signing = await keys.SignatureKeyAsync(cancellationToken))
        {
            var wrapping = recipients.Select(e => new EnvelopeRecipient(e.AgencyCode, KeyAgreement(e.EncryptionKey))).ToList();
            try
            {
                var routing = new RoutingFields(document.NumberSymbol, document.IssuedOn, document.TypeCode, document.Level, document.Urgency,
                    tenant.Record.DisplayName, document.ProtectionYears);
                var fields = JsonSerializer.SerializeToUtf8Bytes(new PackageFields(document.Subject, document.SignerName, document.CopyCount,
                    $"van-ban-{document.NumberSymbol.Replace('/', '-')}.pdf"));
                await using var package = new PackageStream(fields, await vault.OpenReadAsync(document.IssuedFileId, cancellationToken));
                await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
                envelopes = await seal.SealAsync(new EnvelopeSender(tenant.Record.AgencyCode, signing),
                    new ContentToSend(document.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(routing), package),
                    wrapping, output, cancellationToken);
                output.Flush(flushToDisk: true);
            }
            finally
            {
                foreach (var recipient in wrapping)
                    recipient.WrappingKey.Dispose();
            }
        }
        SealedFiles.Commit(temporary, SealedFiles.Sent(tenant, contentId));

        await unitOfWork.InTransactionAsync(async () =>
        {
            var now = StoredTime.UtcNow;
            foreach (var envelope in envelopes)
            {
                db.Sendings.Add(new Models.Sending
                {
                    EnvelopeId = envelope.Header.Id, DocumentId = documentId, RecipientCode = envelope.Header.Recipient,
                    RecipientName = entries[envelope.Header.Recipient].DisplayName, Envelope = JsonSerializer.Serialize(envelope),
                    ContentId = contentId, CreatedUtc = now,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var envelope in envelopes)
                await outbox.AddAsync(DeliveryTopic, new DeliveryRequest(envelope.Header.Id), cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Sent, AuditOutcome.Succeeded, OutgoingFeature.Kind,
                documentId.ToString(CultureInfo.InvariantCulture),
                $"{document.NumberSymbol} gửi {envelopes.Count} cơ quan: {string.Join(", ", recipients.Take(20).Select(r => r.AgencyCode))}{(recipients.Count > 20 ? ", …" : "")}"), cancellationToken);
        }, cancellationToken);
        return envelopes.Count;
    }

    private static ECDiffieHellman KeyAgreement(byte[] subjectPublicKeyInfo)
    {
        var key = ECDiffieHellman.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        return key;
    }
}
