using System.Text.Json;
using Portal.Core.Settings;

namespace Portal.Notifications.Mail;

/// <summary>
/// The tenant's mail server, kept in the tenant's settings as JSON with the password sealed (<see cref="MailSecret"/>);
/// no host means the tenant sends no mail.
/// </summary>
public sealed class MailServerSettings(ITenantSettings settings, MailSecret secret)
{
    public const string Key = "notifications.mail-server";

    public async Task<MailServer?> LoadAsync(CancellationToken cancellationToken)
    {
        var json = await settings.GetAsync(Key, cancellationToken);
        if (string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<MailServer>(json) is not { Host.Length: > 0 } stored)
            return null;
        return stored with { Password = secret.Open(stored.Password) };
    }

    /// <summary>Saves the server; an empty password keeps the one stored, and an empty host turns mail off.</summary>
    public async Task SaveAsync(MailServer server, bool clearPassword, CancellationToken cancellationToken)
    {
        var password = clearPassword ? "" : server.Password.Length > 0 ? server.Password : (await LoadAsync(cancellationToken))?.Password ?? "";
        await settings.SetAsync(Key, JsonSerializer.Serialize(server with { Password = secret.Seal(password) }), cancellationToken);
    }
}
