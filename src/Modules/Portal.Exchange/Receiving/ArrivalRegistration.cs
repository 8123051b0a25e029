using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;
using Portal.Files;
using Portal.Incoming;

namespace Portal.Exchange.Receiving;

/// <summary>
/// The clerk opens an electronic incoming document (its signatures and content checked again, the reading
/// audited) and registers it ("Vào sổ"): the PDF goes into the vault as it is opened, then Incoming registers
/// the pre-filled form with it, in one transaction with the arrival's new state, so an arrival is registered
/// once (a second registration, even at the same moment, finds its state changed and rolls back); the sender's decisions
/// on the secret received meanwhile then apply to it.
/// </summary>
public sealed class ArrivalRegistration(ExchangeDb db, ArrivalQueue queue, ArrivalOpening opening, IIncomingIntake intake, IFileVault vault,
    Decisions.CopyDecisions decisions, IAuditTrail audit, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants)
{
    public async Task<OpenedArrival?> OpenAsync(string senderCode, Guid envelopeId, int clearance, CancellationToken cancellationToken)
    {
        var arrival = await queue.FindAsync(senderCode, envelopeId, clearance, cancellationToken);
        if (arrival is null)
            return null;
        if (arrival.State != ArrivalState.Arrived)
            throw new RequestRefusedException(Handled);
        var fields = await Refused(arrival, () => opening.OpenAsync(arrival, (f, _) => Task.FromResult(f), cancellationToken), cancellationToken);
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Opened, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
            envelopeId.ToString("N"), $"từ {arrival.SenderName} ({senderCode}): chữ ký và nội dung hợp lệ"), cancellationToken);
        return new OpenedArrival(ArrivalQueue.View(arrival), fields.SignerName, fields.CopyCount, fields.FileName, ArrivalForm.Prefill(arrival, fields));
    }

    public async Task<IncomingRegistered?> RegisterAsync(ClaimsPrincipal clerk, int clearance, string senderCode, Guid envelopeId, IncomingDraft? typed,
        CancellationToken cancellationToken)
    {
        var arrival = await queue.FindAsync(senderCode, envelopeId, clearance, cancellationToken);
        if (arrival is null)
            return null;
        if (arrival.State != ArrivalState.Arrived)
            throw new RequestRefusedException(Handled);
        StoredFile? pdf = null;
        try
        {
            var fields = await Refused(arrival, () => opening.OpenAsync(arrival, async (f, content) =>
            {
                pdf = await vault.StoreAsync(content, f.FileName, cancellationToken);
                return f;
            }, cancellationToken), cancellationToken);
            IncomingRegistered? registered = null;
            await unitOfWork.InTransactionAsync(async () =>
            {
                registered = await intake.RegisterAsync(clerk, ArrivalForm.Merge(ArrivalForm.Prefill(arrival, fields), typed), [pdf!], cancellationToken);
                arrival.State = ArrivalState.Registered;
                arrival.IncomingDocumentId = registered.DocumentId;
                await db.SaveChangesAsync(cancellationToken);
                // Decisions the sender made before the copy was registered hold for it from the start.
                await decisions.ApplyAsync(arrival, cancellationToken);
                await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Registered, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                    envelopeId.ToString("N"), $"từ {arrival.SenderName} ({senderCode}): vào sổ số đến " +
                    $"{registered.ArrivalNumber.ToString(CultureInfo.InvariantCulture)}/{registered.Year.ToString(CultureInfo.InvariantCulture)}"),
                    cancellationToken);
            }, cancellationToken);
            // Registered, the content lives in the vault under the incoming document's access list; the sealed copy goes.
            File.Delete(SealedFiles.Received(tenants.Required, senderCode, envelopeId));
            return registered;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RequestRefusedException(Handled);
        }
        finally
        {
            if (pdf is not null)
                vault.Discard(pdf);
        }
    }

    private const string Handled = "Văn bản điện tử này đã được vào sổ, từ chối hoặc thu hồi; không vào sổ lại được.";

    private async Task<PackageFields> Refused(Arrival arrival, Func<Task<PackageFields>> open, CancellationToken cancellationToken)
    {
        try
        {
            return await open();
        }
        catch (EnvelopeException e)
        {
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Refused, AuditOutcome.Denied, ExchangeAuditActions.Kind,
                arrival.EnvelopeId.ToString("N"), $"từ {arrival.SenderCode} khi mở: {e.Message}"), cancellationToken);
            throw new RequestRefusedException(e.Message);
        }
    }
}
