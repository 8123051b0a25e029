using System.Text.Json;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;
using Portal.Templates;

namespace Portal.Exchange.Edxml;

/// <summary>
/// An edXML package from a system outside Portal, put in "Văn bản điện tử đến" as an arrival so the normal "Vào sổ"
/// applies. Once read and accepted (<see cref="EdxmlReading"/>) it is sealed by this agency for itself, exactly as an
/// envelope from another node is kept: the register fields and PDF never lie plain on disk, and opening checks them.
/// Such an arrival's sender code is this agency's own: there is no node to send status messages back to.
/// </summary>
public sealed class EdxmlImport(ExchangeDb db, AgencyKeys keys, IEnvelopeSeal seal, IAuditTrail audit, ITenantUnitOfWork unitOfWork,
    ITenantAccessor tenants)
{
    /// <summary>The new arrival's envelope id; refused whole with every problem named, nothing kept.</summary>
    public async Task<Guid> ImportAsync(Stream xml, CancellationToken cancellationToken)
    {
        var package = EdxmlReading.Read(await LimitedAsync(xml, cancellationToken));
        var tenant = tenants.Required;
        var own = tenant.Record.AgencyCode;
        var typeCode = DocumentTypes.All.FirstOrDefault(t => t.Name == package.DocumentType)?.Code ?? package.DocumentType;
        var routing = new RoutingFields(package.NumberSymbol, package.IssuedOn, typeCode, package.Level, package.Urgency, package.SenderName);
        var fields = JsonSerializer.SerializeToUtf8Bytes(new PackageFields(package.Subject, package.SignerName, package.CopyCount, package.FileName));
        var temporary = SealedFiles.Temporary(tenant);
        SealedEnvelope envelope;
        using (var signing = await keys.SignatureKeyAsync(cancellationToken))
        using (var wrapping = await keys.EncryptionKeyAsync(cancellationToken))
        {
            await using var content = new PackageStream(fields, new MemoryStream(package.Pdf, writable: false));
            await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            envelope = (await seal.SealAsync(new EnvelopeSender(own, signing), new ContentToSend($"edxml:{package.SenderCode}", JsonSerializer.Serialize(routing), content),
                [new EnvelopeRecipient(own, wrapping)], output, cancellationToken))[0];
            output.Flush(flushToDisk: true);
        }
        SealedFiles.Commit(temporary, SealedFiles.Received(tenant, own, envelope.Header.Id));
        try
        {
            await unitOfWork.InTransactionAsync(async () =>
            {
                db.Arrivals.Add(new Arrival
                {
                    SenderCode = own, EnvelopeId = envelope.Header.Id, SenderName = package.SenderName, Envelope = JsonSerializer.Serialize(envelope),
                    ReceivedUtc = StoredTime.UtcNow,
                });
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.EdxmlImported, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                    envelope.Header.Id.ToString("N"), $"gói edXML từ {package.SenderName} ({package.SenderCode}), {package.NumberSymbol}"), cancellationToken);
            }, cancellationToken);
        }
        catch
        {
            File.Delete(SealedFiles.Received(tenant, own, envelope.Header.Id));
            throw;
        }
        return envelope.Header.Id;
    }

    private static async Task<MemoryStream> LimitedAsync(Stream xml, CancellationToken cancellationToken)
    {
        var buffered = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await xml.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (buffered.Length + read > EdxmlReading.MaxBytes)
                throw new RequestRefusedException(EdxmlReading.TooLarge);
            buffered.Write(buffer, 0, read);
        }
        buffered.Position = 0;
        return buffered;
    }
}
