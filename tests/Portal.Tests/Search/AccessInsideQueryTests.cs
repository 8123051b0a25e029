using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Portal.Search.Services;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>
/// The access rule is inside the query: the director, who was sent some documents, gets from an agency
/// that also holds documents he may not see exactly what he gets from an agency that never had them —
/// the same results in the same order, totals, facets, snippets and suggestions. A forbidden document's
/// exact number finds nothing; someone with no document finds nothing at all.
/// </summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class AccessInsideQueryTests(SearchServerFixture fixture)
{
    private static readonly string[] Shown = ["11863/VPCP-KSTT", "301/KH-SNV", "5/CĐ-TTg", "210/CAT-PA03", "15/BC-CA", "3/BB-SNV"];

    /// <summary>Hidden from the director: similar words (they would move IDF, counts and facets), other years, types and agencies, unique words.</summary>
    private static readonly CorpusDocument[] Hidden =
    [
        new("999/VPCP-MAT", "Chỉ thị", "Bộ Quốc phòng", "2022-08-08", "Chỉ thị về bảo hiểm và bảo mật bảo mật bảo mật", "Bảo mật tuyệt đối; bảo hiểm.", "toi-mat", "hoa-toc"),
        new("998/VPCP-MAT", "Công văn", "Văn phòng Chính phủ", "2025-03-13", "V/v bảo mật thông tin", "bảo mật", "mat", "khan"),
        new("997/UBND-X", "Công văn", "Ủy ban nhân dân tỉnh Nghệ An", "2025-01-01", "Bão số 3 và bảo vệ đê điều", "Đô Lương, bão, mật", "mat"),
    ];

    private static readonly string[] Queries =
        ["mật", "bao", "bảo mật", "bao mat", "VPCP", "năm:2025", "do luong", "\"bí mật nhà nước\"", "bão", "ban", "phòng*", "cong van"];

    private static readonly string[] Typed = ["bả", "bao", "mậ", "vp", "đô", "chỉ"];

    [Fact]
    public async Task Results_order_totals_facets_snippets_and_suggestions_are_those_of_an_index_without_the_hidden_documents()
    {
        var with = await SearchAgency.CreateAsync(fixture.Server, "co-an");
        var without = await SearchAgency.CreateAsync(fixture.Server, "khong-an");
        var shown = Corpus.Documents.Where(d => Shown.Contains(d.Number)).ToList();
        // Interleaved, so the hidden documents sit between the shown ones in the index.
        for (var i = 0; i < shown.Count; i++)
        {
            await with.RegisterAsync([shown[i]], DemoAccounts.Director);
            if (i < Hidden.Length)
                await with.RegisterAsync([Hidden[i]]);
        }
        await with.RegisterAsync(Hidden.Skip(shown.Count));
        await without.RegisterAsync(shown, DemoAccounts.Director);

        foreach (var query in Queries)
        {
            var seen = Comparable(await with.SearchAsync(DemoAccounts.Director, "?pageSize=100&q=" + Uri.EscapeDataString(query)));
            var reference = Comparable(await without.SearchAsync(DemoAccounts.Director, "?pageSize=100&q=" + Uri.EscapeDataString(query)));
            Assert.Equal(reference, seen);
            var page2 = Comparable(await with.SearchAsync(DemoAccounts.Director, "?pageSize=2&page=2&q=" + Uri.EscapeDataString(query)));
            Assert.Equal(Comparable(await without.SearchAsync(DemoAccounts.Director, "?pageSize=2&page=2&q=" + Uri.EscapeDataString(query))), page2);
        }
        foreach (var typed in Typed)
            Assert.Equal(await without.SuggestAsync(DemoAccounts.Director, typed), await with.SuggestAsync(DemoAccounts.Director, typed));
        Assert.DoesNotContain("bảo hiểm", await with.SuggestAsync(DemoAccounts.Director, "bảo hi"));
        Assert.Contains("bảo hiểm", await with.SuggestAsync(DemoAccounts.Clerk, "bảo hi"));

        // The clerk, on every list, finds the hidden document by its number; the director finds nothing, whole or by parts.
        Assert.Equal(["999/VPCP-MAT"], await with.NumbersAsync(DemoAccounts.Clerk, "999/VPCP-MAT"));
        foreach (var query in new[] { "999/VPCP-MAT", "999", "VPCP-MAT", "số:999/VPCP-MAT", "bảo hiểm", "chỉ thị" })
        {
            var result = await with.SearchAsync(DemoAccounts.Director, "?q=" + Uri.EscapeDataString(query));
            Assert.Equal(0, result.GetProperty("total").GetInt32());
            Assert.All(result.GetProperty("facets").EnumerateArray(), f => Assert.Empty(f.GetProperty("values").EnumerateArray()));
        }

        // An empty answer, for a forbidden number or one nobody has, and a suggestion, never come sooner than the floor.
        foreach (var query in new[] { "api/search?q=999%2FVPCP-MAT", "api/search?q=996%2FVPCP-MAT", "api/search/suggest?q=b%E1%BA%A3o%20hi" })
        {
            var clock = Stopwatch.StartNew();
            await with.Agency.GetJsonAsync(DemoAccounts.Director, query);
            Assert.True(clock.Elapsed >= AnswerFloor.Default, $"{query} answered in {clock.Elapsed.TotalMilliseconds} ms");
        }
    }

    [Fact]
    public async Task Someone_on_no_list_finds_nothing_on_the_page_or_through_the_api()
    {
        var agency = fixture.Corpus;
        var outsider = await agency.Agency.AsAsync("chuyenvien2");
        var page = await outsider.PageAsync($"{agency.Tenant}/search?q=" + Uri.EscapeDataString("mật"));
        Assert.Equal("0", page.QuerySelector("#total")!.GetAttribute("data-total"));
        Assert.NotNull(page.QuerySelector("#no-results"));
        Assert.Empty(await agency.SuggestAsync("chuyenvien2", "mậ"));
        var export = await outsider.GetAsync($"{agency.Tenant}/search/export?q=" + Uri.EscapeDataString("mật"));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(0, (await agency.SearchAsync("chuyenvien2", "?q=mat")).GetProperty("total").GetInt32());
    }

    /// <summary>What a user sees of a result list, without the ids (which differ between the two agencies).</summary>
    private static string Comparable(JsonElement result)
    {
        var hits = result.GetProperty("hits").EnumerateArray().Select(h => string.Join("|", h.GetProperty("number").GetString(),
            h.GetProperty("subject").GetString(), h.GetProperty("snippet").GetString(), h.GetProperty("score").GetSingle(),
            h.GetProperty("state").GetString()));
        var facets = result.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("name").GetString() + ":" +
            string.Join(",", f.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString() + "=" + v.GetProperty("count").GetInt32())));
        return $"total={result.GetProperty("total").GetInt32()}\n{string.Join("\n", hits)}\n{string.Join("\n", facets)}";
    }
}
