using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Incoming;

namespace Portal.Tests.Resilience;

/// <summary>
/// The clerk's clients registering through the JSON API and attaching PDFs through the page's upload
/// route, all at once, while the server may be killed under them. A request that gets no answer is
/// only counted; a client waits for the server to come back and goes on.
/// </summary>
public sealed class CrashLoad(PortalHostProcess host, string tenant, PortalClient clerk, CrashLedger ledger)
{
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _up = Up();
    private List<Task> _clients = [];

    /// <summary>Documents to attach to, registered before any kill.</summary>
    public List<int> Targets { get; } = [];

    public void Start(int registering, int uploading, string antiforgeryToken)
    {
        _clients =
        [
            .. Enumerable.Range(0, registering).Select(c => Task.Run(() => RegisterLoopAsync(c))),
            .. Enumerable.Range(0, uploading).Select(c => Task.Run(() => UploadLoopAsync(c, antiforgeryToken))),
        ];
    }

    /// <summary>The clients hold their next request until <see cref="ServerUp"/>.</summary>
    public void ServerDown() => _up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ServerUp() => _up.TrySetResult();

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        ServerUp();
        await Task.WhenAll(_clients);
    }

    private static TaskCompletionSource Up()
    {
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        up.SetResult();
        return up;
    }

    private async Task RegisterLoopAsync(int client)
    {
        using var http = Client();
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var numberSymbol = $"{client}-{i}-{Guid.NewGuid():N}"[..20] + "/CRASH";
            var response = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Post, $"{tenant}/api/incoming")
            {
                Content = JsonContent.Create(RegistrationTests.Body(("numberSymbol", numberSymbol))),
            });
            if (response is null)
                continue;
            using (response)
            {
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    ledger.Refusals.Enqueue($"registration: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    continue;
                }
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                ledger.Registrations.Enqueue(new ConfirmedRegistration(body.GetProperty("id").GetInt32(), body.GetProperty("arrivalNumber").GetInt32(), numberSymbol));
            }
        }
    }

    private async Task UploadLoopAsync(int client, string antiforgeryToken)
    {
        using var http = Client();
        var random = new Random(client);
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var document = Targets[random.Next(Targets.Count)];
            var fileName = $"crash-{client}-{i}.pdf";
            // From one chunk to several, so a kill can fall between chunks, before the rename or before the commit.
            var content = new byte[random.Next(SampleFiles.PdfPrefix.Length, 400_000)];
            random.NextBytes(content);
            SampleFiles.PdfPrefix.CopyTo(content, 0);
            var response = await SendAsync(http, () =>
            {
                var form = new MultipartFormDataContent
                {
                    { new StringContent(antiforgeryToken), "__RequestVerificationToken" },
                    { new ByteArrayContent(content), "files", fileName },
                };
                return new HttpRequestMessage(HttpMethod.Post, $"{tenant}/incoming/{document}/attachments") { Content = form };
            });
            if (response is null)
                continue;
            using (response)
            {
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    ledger.Refusals.Enqueue($"upload: HTTP {(int)response.StatusCode}");
                    continue;
                }
                // The page redirects either way; the message it then shows says whether the file was attached.
                var outcome = await OutcomeAsync(http, response.Headers.Location!.OriginalString);
                if (outcome is null)
                    continue;
                if (outcome.Length == 0)
                    ledger.Uploads.Enqueue(new ConfirmedUpload(document, fileName, Convert.ToHexStringLower(SHA256.HashData(content)), content.Length));
                else
                    ledger.Refusals.Enqueue($"upload {fileName}: {outcome}");
            }
        }
    }

    /// <summary>The error the document page shows after the upload ("" for none), or null when the server was killed before showing it.</summary>
    private async Task<string?> OutcomeAsync(HttpClient http, string location)
    {
        var response = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, location.TrimStart('/')));
        if (response is null)
            return null;
        using (response)
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            return page.QuerySelector(".alert-error")?.TextContent.Trim() ?? "";
        }
    }

    /// <summary>The answer, or null when the server was killed before answering (or was down).</summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpClient http, Func<HttpRequestMessage> request)
    {
        await _up.Task;
        if (_stop.IsCancellationRequested)
            return null;
        ledger.Sent();
        try
        {
            var response = await http.SendAsync(request());
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
        catch (HttpRequestException)
        {
            ledger.NoAnswer();
            await Task.Delay(50);
            return null;
        }
        catch (TaskCanceledException)
        {
            ledger.NoAnswer();
            return null;
        }
    }

    /// <summary>Each client its own connections, carrying the clerk's session.</summary>
    private HttpClient Client()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        handler.CookieContainer.Add(clerk.Cookies.GetAllCookies());
        return new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The antiforgery token of a document's attach form, as the page gives it to the clerk.</summary>
    public static async Task<string> AntiforgeryTokenAsync(PortalClient clerk, string tenant, int document)
    {
        var page = await clerk.PageAsync($"{tenant}/incoming/{document}");
        return page.QuerySelector<IHtmlInputElement>("#attach-form input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("The document page has no attach form.");
    }
}
