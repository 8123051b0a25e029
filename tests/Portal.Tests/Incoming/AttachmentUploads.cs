using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.Incoming;

/// <summary>Attaches files to a document through its page's form, as the clerk's browser does.</summary>
public static class AttachmentUploads
{
    public static async Task AttachAsync(PortalClient client, string tenant, int id, params (string Name, byte[] Content)[] files)
    {
        var page = await client.PageAsync($"{tenant}/incoming/{id}");
        var token = page.QuerySelector<IHtmlInputElement>("#attach-form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
            form.Add(new ByteArrayContent(content), "files", name);
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/incoming/{id}/attachments") { Content = form });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.PageAsync(response.Headers.Location!.OriginalString);
        Assert.True(after.QuerySelector(".alert-error") is null, after.QuerySelector(".alert-error")?.TextContent);
    }
}
