using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Receiving;

/// <summary>
/// An envelope arriving from another node. The node credential is checked first; then the whole envelope
/// is opened (sender's signature from the directory, addressed to this agency, content against the signed
/// hash) from a temporary copy, so nothing of a refused envelope stays. Refusals are audited with their
/// reason. A known sender and envelope id registers nothing again; a new one is kept sealed, audited, and
/// acknowledged to the sender (01) through the outbox.
/// </summary>
internal sealed class EnvelopeReception(ExchangeDb db, CentralDirectory central, AgencyKeys keys, IEnvelopeSeal seal, NodeCredential credential,
    IOutbox outbox, IAuditTrail audit, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants)
{
    public const string StatusTopic = "exchange.status";

    public async Task<ReceptionResult> ReceiveAsync(string? encodedEnvelope, string? nodeCredential, Stream body, CancellationToken cancellationToken)
    {
        // The node credential first: nothing from an unauthenticated caller reaches the audit trail or the disk.
        var json = Decode(encodedEnvelope);
        if (json is null || !credential.Verify(json, nodeCredential))
            return new ReceptionResult(ReceptionOutcome.Unauthenticated, "Yêu cầu không đến từ một nút liên thông được xác thực.");
        SealedEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SealedEnvelope>(json);
        }
        catch (JsonException)
        {
            envelope = null;
        }
        if (envelope?.Header is not { } header)
            return await RefuseAsync(null, "Phong bì không đọc được (sai định dạng) nên không được tiếp nhận.", cancellationToken);

        var tenant = tenants.Required;
        var temporary = SealedFiles.Temporary(tenant);
        try
        {
            await using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                await body.CopyToAsync(copy, cancellationToken);
                copy.Flush(flushToDisk: true);
                copy.Position = 0;
                var sender = await central.FindAsync(header.Sender, cancellationToken);
                if (sender is null)
                    throw new EnvelopeException(EnvelopeRefusal.UnknownSender);
                using var senderKey = ECDsa.Create();
                senderKey.ImportSubjectPublicKeyInfo(sender.SignatureKey, out _);
                // Addressed to this agency, or to one merged into it (whose key it holds).
                using var ownKey = await keys.EncryptionKeyForAsync(header.Recipient, cancellationToken)
                    ?? throw new EnvelopeException(EnvelopeRefusal.WrongRecipient);
                await seal.OpenAsync(envelope, copy, header.Recipient, ownKey, senderKey, Stream.Null, cancellationToken);
                if (await db.Arrivals.AnyAsync(a => a.SenderCode == header.Sender && a.EnvelopeId == header.Id, cancellationToken))
                    return await ReplayedAsync(header, cancellationToken);
                SealedFiles.Commit(temporary, SealedFiles.Received(tenant, header.Sender, header.Id));
                await AcceptAsync(header, sender.DisplayName, json, cancellationToken);
            }
            return new ReceptionResult(ReceptionOutcome.Accepted, "Đã tiếp nhận phong bì.");
        }
        catch (EnvelopeException e)
        {
            return await RefuseAsync(header, e.Message, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same envelope arriving twice at once: the other delivery registered it.
            db.ChangeTracker.Clear();
            return await ReplayedAsync(header, cancellationToken);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string? Decode(string? encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded ?? ""));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private Task AcceptAsync(EnvelopeHeader header, string senderName, string json, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var now = StoredTime.UtcNow;
            db.Arrivals.Add(new Arrival { SenderCode = header.Sender, EnvelopeId = header.Id, SenderName = senderName, Envelope = json, ReceivedUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Received, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                header.Id.ToString("N"), $"từ {senderName} ({header.Sender})", UserName: "liên thông"), cancellationToken);
            await outbox.AddAsync(StatusTopic, new StatusRequest(header.Sender, header.Id, ExchangeStatusCodes.Arrived, now, ""), cancellationToken);
        }, cancellationToken);

    private async Task<ReceptionResult> ReplayedAsync(EnvelopeHeader header, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Replayed, AuditOutcome.Denied, ExchangeAuditActions.Kind,
            header.Id.ToString("N"), $"từ {header.Sender}: đã nhận trước đó, không vào lại", UserName: "liên thông"), cancellationToken);
        return new ReceptionResult(ReceptionOutcome.AlreadyReceived, "Phong bì này đã được tiếp nhận trước đó; không tiếp nhận lại.");
    }

    private async Task<ReceptionResult> RefuseAsync(EnvelopeHeader? header, string reason, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Refused, AuditOutcome.Denied, ExchangeAuditActions.Kind,
            header?.Id.ToString("N"), header is null ? reason : $"từ {header.Sender} gửi {header.Recipient}: {reason}", UserName: "liên thông"),
            cancellationToken);
        return new ReceptionResult(ReceptionOutcome.Refused, reason);
    }
}
