using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>The central office's admin at /admin/reorganisations: plans a merge or a split, approves it, waits for its end.</summary>
public sealed class CentralMerge(PortalClient admin)
{
    /// <summary>Plans the merge on the page; the address of its page.</summary>
    public async Task<string> PlanAsync(IReadOnlyList<string> sources, string target)
    {
        var response = await admin.SubmitAsync("admin/reorganisations",
            new Dictionary<string, string> { ["sources"] = string.Join(",", sources), ["target"] = target }, "/admin/reorganisations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Plans a split on the page's split form; the address of its page.</summary>
    public async Task<string> SplitAsync(string source, IReadOnlyList<string> targets, string units, string main)
    {
        var response = await admin.SubmitAsync("admin/reorganisations", new Dictionary<string, string>
        {
            ["Source"] = source, ["Targets"] = string.Join(",", targets), ["Units"] = units, ["Main"] = main,
        }, "/admin/reorganisations/split");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public Task<AngleSharp.Dom.IDocument> PageAsync(string page) => admin.PageAsync(page);

    public async Task ApproveAsync(string page)
    {
        var response = await admin.SubmitAsync(page, new Dictionary<string, string>(), "/approve");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Waits (a generous bound, two minutes unless told, no speed claim) until the page shows the merge finished.</summary>
    public async Task<AngleSharp.Dom.IDocument> FinishedAsync(string page, TimeSpan? bound = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < (bound ?? TimeSpan.FromMinutes(2)))
        {
            var shown = await admin.PageAsync(page);
            var state = shown.QuerySelector("#state")!.TextContent.Trim();
            Assert.NotEqual("Lỗi", state);
            if (state == "Hoàn thành")
                return shown;
            await Task.Delay(200);
        }
        throw new TimeoutException("The merge did not finish.");
    }
}
