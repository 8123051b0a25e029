using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Portal.Core.Tenancy;
using Portal.Exchange.Decisions;
using Portal.Exchange.Models;

namespace Portal.Exchange.Sending;

/// <summary>
/// Delivery over HTTP to the recipient's node, as to any other host: the envelope in a header, the sealed
/// content as the body, the node credential beside them. A directory entry without a node is served by
/// this node (Portal:Exchange:NodeUrl, else the address this server listens on).
/// </summary>
internal sealed class HttpEnvelopeCourier(HttpClient http, NodeCredential credential, IConfiguration configuration, IServer server) : IEnvelopeCourier
{
    public const string EnvelopeHeader = "X-Portal-Envelope";

    public async Task<DeliveryOutcome> DeliverAsync(DirectoryEntry recipient, string envelope, Stream sealedContent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(recipient, "exchange/envelopes"))
        {
            Content = new StreamContent(sealedContent),
        };
        request.Headers.Add(EnvelopeHeader, Convert.ToBase64String(Encoding.UTF8.GetBytes(envelope)));
        request.Headers.Add(NodeCredential.Header, credential.For(envelope));
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => new DeliveryOutcome(true, body),
            HttpStatusCode.UnprocessableEntity => new DeliveryOutcome(false, body),
            _ => throw new HttpRequestException($"Nút nhận trả lời {Answer(response, body)}"),
        };
    }

    public Task PostStatusAsync(DirectoryEntry sender, StatusMessage status, CancellationToken cancellationToken) =>
        PostAsync(sender, "exchange/statuses", status, StatusSubject(status), cancellationToken);

    public Task PostRecallAsync(DirectoryEntry recipient, StatusMessage recall, CancellationToken cancellationToken) =>
        PostAsync(recipient, "exchange/recalls", recall, StatusSubject(recall), cancellationToken);

    public Task<DeliveryOutcome> PostDecisionAsync(DirectoryEntry recipient, DecisionMessage decision, CancellationToken cancellationToken) =>
        PostAsync(recipient, "exchange/decisions", decision, decision.Subject(), cancellationToken);

    private async Task<DeliveryOutcome> PostAsync<T>(DirectoryEntry agency, string path, T message, string subject, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(agency, path)) { Content = JsonContent.Create(message) };
        request.Headers.Add(NodeCredential.Header, credential.For(subject));
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity))
            throw new HttpRequestException($"Nút liên thông trả lời {Answer(response, body)}");
        return new DeliveryOutcome(response.StatusCode == HttpStatusCode.OK, body);
    }

    /// <summary>
    /// The status and, when the node said something in words, its first words: the sender reads this beside a pending
    /// recipient, where a whole error page (HTML) would say nothing.
    /// </summary>
    private static string Answer(HttpResponseMessage response, string body)
    {
        var code = $"{(int)response.StatusCode} ({response.ReasonPhrase})";
        var media = response.Content.Headers.ContentType?.MediaType;
        if (string.IsNullOrWhiteSpace(body) || media is not ("text/plain" or "application/json" or "application/problem+json"))
            return code;
        var words = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return $"{code}: {(words.Length <= 200 ? words : words[..200] + "…")}";
    }

    public static string StatusSubject(StatusMessage status) => $"{status.EnvelopeId:N}|{status.Recipient}|{status.Code}";

    private Uri Address(DirectoryEntry agency, string path)
    {
        var node = agency.NodeUrl ?? configuration["Portal:Exchange:NodeUrl"]
            ?? server.Features.Get<IServerAddressesFeature>()!.Addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        var prefix = agency.TenantName == TenantRecord.DefaultName ? "" : agency.TenantName + "/";
        return new Uri(new Uri(node.TrimEnd('/') + "/"), prefix + path);
    }
}
