using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Search.Services;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;

namespace Portal.Tests.Search;

/// <summary>
/// Outgoing documents in the search, over HTTP: a draft is found by its drafter and by nobody off its access list (no hit,
/// count, facet or suggestion); whoever it is submitted to finds it; once issued it is found by its number, whole and in
/// parts; the page labels it "Văn bản đi" and links to it; a rebuild from the database answers the same; destroyed, it is gone.
/// </summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class OutgoingSearchTests(SearchServerFixture fixture)
{
    private const string Subject = "V/v kiểm kê thiết bị lưu trữ tài liệu mật năm 2026";

    [Fact]
    public async Task A_draft_is_found_only_by_those_on_its_list_and_once_issued_by_its_number()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-tim"));
        var search = new SearchAgency(outgoing.Agency);
        var id = await outgoing.CreateAsync(OutgoingAgency.Draft(Subject));
        var key = $"outgoing:{id}:";

        Assert.Equal([key], await FoundAsync(search, OutgoingAgency.Officer, "kiểm kê"));
        Assert.Equal([key], await FoundAsync(search, OutgoingAgency.Officer, "kiem ke thiet bi"));
        var hit = (await search.SearchAsync(OutgoingAgency.Officer, "?q=kiem+ke")).GetProperty("hits")[0];
        Assert.Equal($"/outgoing/{id}", hit.GetProperty("link").GetString());
        Assert.Equal("Dự thảo", hit.GetProperty("state").GetString());
        Assert.Equal("Công văn", hit.GetProperty("documentType").GetString());
        Assert.Contains("luu trữ", await search.SuggestAsync(OutgoingAgency.Officer, "luu tr"), StringComparer.Ordinal);
        var page = await (await outgoing.Agency.AsAsync(OutgoingAgency.Officer)).PageAsync($"{outgoing.Tenant}/search?q=kiem+ke");
        var item = page.QuerySelector($"#results li.result[data-kind='outgoing'][data-id='{id}']")!;
        Assert.Equal("Văn bản đi", item.QuerySelector(".result-kind")!.TextContent);
        Assert.Equal($"/{outgoing.Tenant}/outgoing/{id}", item.QuerySelector("a.result-title")!.GetAttribute("href"));
        Assert.StartsWith("Dự thảo — Công văn", item.QuerySelector("a.result-title")!.TextContent);

        await AssertUnseenAsync(search, OutgoingAgency.UnitLeader);
        await AssertUnseenAsync(search, OutgoingAgency.Signer);

        // Submitted to the unit leader, the draft is on their list: they find it; the director still does not.
        await outgoing.StepOkAsync(OutgoingAgency.Officer, id, "submit", new { next = OutgoingAgency.UnitLeader });
        Assert.Equal([key], await FoundAsync(search, OutgoingAgency.UnitLeader, "kiểm kê"));
        await AssertUnseenAsync(search, OutgoingAgency.Signer);

        await outgoing.StepOkAsync(OutgoingAgency.UnitLeader, id, "approve", new { next = OutgoingAgency.Clerk });
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "check", new { next = OutgoingAgency.Signer, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");

        var issued = $"outgoing:{id}:01/SNV-VP";
        foreach (var query in new[] { "01/SNV-VP", "01/snv-vp", "SNV-VP", "snv", "kiem ke" })
            Assert.Equal([issued], await FoundAsync(search, OutgoingAgency.Clerk, query));
        Assert.Equal([issued], await FoundAsync(search, OutgoingAgency.Signer, "kiểm kê"));
        var result = await search.SearchAsync(OutgoingAgency.Clerk, "?q=kiem+ke");
        Assert.Equal("Đã phát hành", result.GetProperty("hits")[0].GetProperty("state").GetString());
        Assert.Contains("Hoàng Văn Minh", result.GetProperty("hits")[0].GetProperty("signer").GetString());
        // The agency facet names the sender: for an outgoing document, the agency itself.
        var agency = result.GetProperty("hits")[0].GetProperty("sender").GetString();
        Assert.False(string.IsNullOrEmpty(agency));
        Assert.Equal([$"{agency}:1"], FacetValues(result, "agency"));
        Assert.Empty(await FoundAsync(search, "chuyenvien2", "snv"));

        var before = await AnswersAsync(search);
        var host = fixture.Server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(outgoing.Tenant))!;
        var count = await host.RunAsync(tenant, services => services.GetRequiredService<IndexMaintenance>().RebuildAsync(null, CancellationToken.None));
        Assert.Equal(1, count);
        Assert.Equal(before, await AnswersAsync(search));

        // Destroyed by a decision in the register, its entry leaves the index: not found by number or word, not counted.
        var destroyed = await outgoing.Agency.PostJsonAsync(OutgoingAgency.Signer, $"api/secrets/outgoing/{id}/decisions",
            new { action = "tieu-huy", reason = "Hết giá trị sử dụng theo kế hoạch tiêu hủy năm 2026", decisionNumber = "16/QĐ-SNV" });
        Assert.Equal(HttpStatusCode.OK, destroyed.StatusCode);
        foreach (var query in new[] { "01/SNV-VP", "kiểm kê" })
            Assert.Equal(0, (await search.SearchAsync(OutgoingAgency.Clerk, "?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32());
        count = await host.RunAsync(tenant, services => services.GetRequiredService<IndexMaintenance>().RebuildAsync(null, CancellationToken.None));
        Assert.Equal(0, count);
    }

    /// <summary>Nothing of the document reaches someone off its list: no hit, no count, no facet value, no suggestion.</summary>
    private static async Task AssertUnseenAsync(SearchAgency search, string userName)
    {
        var result = await search.SearchAsync(userName, "?q=" + Uri.EscapeDataString("kiểm kê"));
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Empty(result.GetProperty("hits").EnumerateArray());
        Assert.All(result.GetProperty("facets").EnumerateArray(), f => Assert.Empty(f.GetProperty("values").EnumerateArray()));
        Assert.Empty(await search.SuggestAsync(userName, "luu tr"));
        Assert.Empty(await search.SuggestAsync(userName, "thiet bi"));
    }

    private static async Task<List<string>> FoundAsync(SearchAgency search, string userName, string q)
    {
        var result = await search.SearchAsync(userName, "?pageSize=100&q=" + Uri.EscapeDataString(q));
        return result.GetProperty("hits").EnumerateArray()
            .Select(h => $"{h.GetProperty("kind").GetString()}:{h.GetProperty("id").GetString()}:{h.GetProperty("number").GetString()}").ToList();
    }

    private static List<string> FacetValues(JsonElement result, string name) =>
        result.GetProperty("facets").EnumerateArray().Where(f => f.GetProperty("name").GetString() == name)
            .SelectMany(f => f.GetProperty("values").EnumerateArray())
            .Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}").ToList();

    private static async Task<string> AnswersAsync(SearchAgency search)
    {
        var answers = new List<string>();
        foreach (var user in new[] { OutgoingAgency.Clerk, OutgoingAgency.Officer, "chuyenvien2" })
            foreach (var query in new[] { "kiểm kê", "snv-vp", "01/SNV-VP", "năm:2026" })
                answers.Add($"{user} {query} → {(await search.SearchAsync(user, "?pageSize=100&q=" + Uri.EscapeDataString(query))).GetRawText()}");
        return string.Join("\n", answers);
    }
}
