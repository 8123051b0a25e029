using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.Ocr.Intake;

/// <summary>What the clerk's browser does with a scan: sends it from /ocr/new, then reloads the job's page until it is read.</summary>
public static class OcrIntake
{
    public sealed record JobPage(HttpStatusCode Status, string State, int Page, int Pages, string Error, string? Location, int Attempts = 0);

    /// <summary>Sends one file; the response is the redirect to the job's page, or the refusal.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string tenant, string name, byte[] content)
    {
        var page = await client.PageAsync($"{tenant}/ocr/new");
        var token = page.QuerySelector<IHtmlInputElement>("#ocr-upload-form input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("No upload form: " + page.Title);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(content), "scan", name);
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/ocr/new") { Content = form });
    }

    /// <summary>Sends one file and returns its job's id.</summary>
    public static async Task<Guid> StartAsync(PortalClient client, string tenant, string name, byte[] content)
    {
        var response = await UploadAsync(client, tenant, name, content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>The job's page as the browser gets it (a finished, registrable job redirects to the pre-filled form).</summary>
    public static async Task<JobPage> ReadAsync(PortalClient client, string tenant, Guid job)
    {
        var response = await client.GetAsync($"{tenant}/ocr/jobs/{job}");
        if (response.StatusCode == HttpStatusCode.Redirect)
            return new JobPage(response.StatusCode, "done", 0, 0, "", response.Headers.Location!.OriginalString);
        if (response.StatusCode != HttpStatusCode.OK)
            return new JobPage(response.StatusCode, "", 0, 0, "", null);
        var page = await PortalClient.ParseAsync(response);
        var box = page.QuerySelector("#ocr-job")!;
        return new JobPage(response.StatusCode, box.GetAttribute("data-state")!, int.Parse(box.GetAttribute("data-page")!),
            int.Parse(box.GetAttribute("data-pages")!), page.QuerySelector("#ocr-error")?.TextContent.Trim() ?? "", null,
            int.Parse(box.GetAttribute("data-attempts") ?? "0"));
    }

    /// <summary>Reloads the job's page until the job is done or failed.</summary>
    public static async Task<JobPage> FinishedAsync(PortalClient client, string tenant, Guid job, TimeSpan? limit = null, Func<string>? diagnostics = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await ReadAsync(client, tenant, job);
            if (page.State is "done" or "failed")
                return page;
            if (clock.Elapsed > (limit ?? TimeSpan.FromMinutes(3)))
                throw new TimeoutException($"OCR job {job} still {page.State} ({page.Status}) after {clock.Elapsed}. {diagnostics?.Invoke()}");
            await Task.Delay(250);
        }
    }

    /// <summary>The values the registration form shows, as the browser would send them unchanged.</summary>
    public static Dictionary<string, string> FormValues(IDocument form)
    {
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("#register-form input[name]"))
        {
            if (input.Type is "checkbox" && !input.IsChecked)
                continue;
            values[input.Name!] = input.Value;
        }
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("#register-form select[name]"))
            values[select.Name!] = select.Value ?? "";
        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("#register-form textarea[name]"))
            values[area.Name!] = area.Value;
        return values;
    }

    public static byte[] Sample(string name) => File.ReadAllBytes(OcrSamples.Image(name));

    /// <summary>Sends the scan, waits until it is read, and registers the document from the pre-filled form unchanged; its id.</summary>
    public static async Task<int> RegisterAsync(PortalClient clerk, string tenant, string name, byte[] content)
    {
        var finished = await FinishedAsync(clerk, tenant, await StartAsync(clerk, tenant, name, content));
        Assert.True(finished.Location is not null, $"The scan was not read: {finished.State} {finished.Error}");
        var values = FormValues(await clerk.PageAsync(finished.Location!));
        values["next"] = "false";
        var registered = await clerk.SubmitAsync(finished.Location!, values, "/incoming/new");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return int.Parse(registered.Headers.Location!.OriginalString.Split('/').Last());
    }
}
