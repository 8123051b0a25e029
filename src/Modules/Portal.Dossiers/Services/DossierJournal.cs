using System.Globalization;
using Portal.Audit;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>Writes a dossier's audit entry (what was done, to which dossier, with a short note) in the caller's transaction.</summary>
public sealed class DossierJournal(IAuditTrail audit)
{
    public Task RecordAsync(Dossier dossier, string action, string note, CancellationToken cancellationToken)
    {
        var details = $"{dossier.Code}: {DossierAuditActions.Names[action]}" + (note.Length == 0 ? "" : $"; {note}");
        return audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, DossiersFeature.Kind,
            dossier.Id.ToString(CultureInfo.InvariantCulture), details.Length <= 2000 ? details : details[..2000]), cancellationToken);
    }
}
