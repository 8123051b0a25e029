using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.Incoming;

/// <summary>Attaches files to a document through its page's form, as the clerk's browser does.</summary>
public static class AttachmentUploads
{
    /// <summary>Attaches and checks the page took the files without an error.</summary>
    public static async Task AttachAsync(PortalClient client, string tenant, int id, params (string Name, byte[] Content)[] files)
    {
        var response = await SendAsync(client, tenant, id, files);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.PageAsync(response.Headers.Location!.OriginalString);
        Assert.True(after.QuerySelector(".alert-error") is null, after.QuerySelector(".alert-error")?.TextContent);
    }

    /// <summary>Posts the form and gives back the server's answer, whatever it is.</summary>
    public static async Task<HttpResponseMessage> SendAsync(PortalClient client, string tenant, int id, params (string Name, byte[] Content)[] files)
    {
        var page = await client.PageAsync($"{tenant}/incoming/{id}");
        // Someone not on the list has no form to take a token from; the access check answers before the token is read.
        var token = page.QuerySelector<IHtmlInputElement>("#attach-form input[name=__RequestVerificationToken]")?.Value ?? "";
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        // As a browser sends it: the name raw in UTF-8, not MIME-encoded, so the server sees every hostile character.
        form.HeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8;
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename=\"{name}\"");
            form.Add(part);
        }
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/incoming/{id}/attachments") { Content = form });
    }
}
