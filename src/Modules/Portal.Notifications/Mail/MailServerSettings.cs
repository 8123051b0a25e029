using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Settings;

namespace Portal.Notifications.Mail;

/// <summary>
/// The tenant's mail server, kept in the tenant's settings as JSON with the password sealed (<see cref="MailSecret"/>);
/// no host means the tenant sends no mail. Every save that changes something is audited with what changed.
/// </summary>
public sealed class MailServerSettings(ITenantSettings settings, MailSecret secret, IAuditTrail audit, ITenantUnitOfWork unitOfWork)
{
    public const string Key = "notifications.mail-server";

    public async Task<MailServer?> LoadAsync(CancellationToken cancellationToken)
    {
        var json = await settings.GetAsync(Key, cancellationToken);
        if (string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<MailServer>(json) is not { Host.Length: > 0 } stored)
            return null;
        // Settings saved when STARTTLS was the only protection kept a "StartTls" flag: read it as STARTTLS, never as none.
        if (stored.Security == MailSecurity.None && JsonNode.Parse(json)?["StartTls"]?.GetValue<bool>() == true)
            stored = stored with { Security = MailSecurity.StartTls };
        return stored with { Password = secret.Open(stored.Password) };
    }

    /// <summary>Saves the server; an empty password keeps the one stored, and an empty host turns mail off.</summary>
    public async Task SaveAsync(MailServer server, bool clearPassword, CancellationToken cancellationToken)
    {
        var before = await LoadAsync(cancellationToken);
        if (before is null && server.Host.Length == 0)
            return;
        var kept = before?.Password ?? "";
        var saved = server with { Password = clearPassword ? "" : server.Password.Length > 0 ? server.Password : kept };
        var changes = MailServerChanges.Between(before, saved, saved.Password != kept);
        if (changes.Count == 0)
            return;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await settings.SetAsync(Key, JsonSerializer.Serialize(saved with { Password = secret.Seal(saved.Password) }), cancellationToken);
            await audit.RecordAsync(new AuditRecord(MailServerChanges.Action, AuditOutcome.Succeeded, MailServerChanges.TargetKind, Key,
                string.Join("; ", changes)), cancellationToken);
        }, cancellationToken);
    }
}
