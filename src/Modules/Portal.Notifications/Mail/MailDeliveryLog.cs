using System.Text.Json;
using Portal.Core.Settings;

namespace Portal.Notifications.Mail;

/// <summary>Keeps <see cref="MailDelivery"/> in the tenant's settings, so the admin's page tells why mail is waiting.</summary>
public sealed class MailDeliveryLog(ITenantSettings settings, TimeProvider clock)
{
    private const string Key = "notifications.mail-delivery";
    private const int ErrorLength = 500;

    public async Task<MailDelivery> ReadAsync(CancellationToken cancellationToken) =>
        await settings.GetAsync(Key, cancellationToken) is { Length: > 0 } json
            ? JsonSerializer.Deserialize<MailDelivery>(json) ?? Empty
            : Empty;

    public async Task SentAsync(CancellationToken cancellationToken) =>
        await WriteAsync(await ReadAsync(cancellationToken) with { LastSentUtc = clock.GetUtcNow().UtcDateTime }, cancellationToken);

    public async Task FailedAsync(string error, CancellationToken cancellationToken) =>
        await WriteAsync(await ReadAsync(cancellationToken) with
        {
            LastFailedUtc = clock.GetUtcNow().UtcDateTime, LastError = error.Length <= ErrorLength ? error : error[..ErrorLength],
        }, cancellationToken);

    private Task WriteAsync(MailDelivery delivery, CancellationToken cancellationToken) =>
        settings.SetAsync(Key, JsonSerializer.Serialize(delivery), cancellationToken);

    private static readonly MailDelivery Empty = new(null, null, "");
}
