using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.Certificates;

/// <summary>
/// A browser on the HTTPS address that trusts the installation's local CA only and, when given one,
/// presents a client certificate in the TLS handshake; cookies kept, redirects not followed.
/// </summary>
public sealed class CertificateBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly X509Certificate2 _localCa;

    public CertificateBrowser(PortalTestServer server, X509Certificate2? clientCertificate, bool https = true)
    {
        _localCa = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(server.DataFolder, "certs", "ca.crt")));
        var ssl = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = TrustsLocalCa };
        if (clientCertificate is not null)
        {
            ssl.ClientCertificates = [clientCertificate];
            ssl.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            SslOptions = ssl,
        })
        {
            BaseAddress = https ? server.HttpsAddress : server.BaseAddress,
        };
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path.TrimStart('/'));

    public async Task<IDocument> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>Posts the form <paramref name="formSelector"/> of the page at <paramref name="pagePath"/> with its hidden fields and the given values.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string formSelector, IDictionary<string, string>? values = null)
    {
        var form = await FormAsync(pagePath, formSelector);
        var fields = Hidden(form);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
            fields[key] = value;
        return await _http.PostAsync(form.GetAttribute("action")!.TrimStart('/'), new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads <paramref name="file"/> as the "file" field of the multipart form <paramref name="formSelector"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string pagePath, string formSelector, byte[] file, string fileName)
    {
        var form = await FormAsync(pagePath, formSelector);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in Hidden(form))
            content.Add(new StringContent(value), key);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return await _http.PostAsync(form.GetAttribute("action")!.TrimStart('/'), content);
    }

    /// <summary>Follows one redirect and returns the page it leads to.</summary>
    public async Task<IDocument> FollowAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await PageAsync(response.Headers.Location!.OriginalString);
    }

    private async Task<IHtmlFormElement> FormAsync(string pagePath, string formSelector) =>
        (await PageAsync(pagePath)).QuerySelector<IHtmlFormElement>(formSelector)
        ?? throw new InvalidOperationException($"No form {formSelector} on {pagePath}.");

    private static Dictionary<string, string> Hidden(IHtmlFormElement form) =>
        form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);

    private bool TrustsLocalCa(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
            return false;
        using var build = new X509Chain();
        build.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        build.ChainPolicy.CustomTrustStore.Add(_localCa);
        build.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return build.Build(server);
    }

    public void Dispose()
    {
        _http.Dispose();
        _localCa.Dispose();
    }
}
