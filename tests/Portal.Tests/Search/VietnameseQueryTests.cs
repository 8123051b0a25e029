using System.Text;
using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>
/// Vietnamese queries over the corpus as its clerk (who sees every document): with and without marks,
/// numbers whole and by parts, phrases, prefixes, fields, years and dates, exclusions — and words that
/// must NOT match ("mật" never finds a document that has only "mặt" or "mất").
/// </summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class VietnameseQueryTests(SearchServerFixture fixture)
{
    private const string D1 = "11863/VPCP-KSTT", D2 = "245/UBND-NC", D3 = "15/BC-CA", D4 = "88/QĐ-BQP", D5 = "301/KH-SNV", D6 = "12/TB-VPCP",
        D7 = "77/CV-STC", D8 = "19/BC-STTTT", D9 = "5/CĐ-TTg", D10 = "33/QĐ-UBND", D11 = "58/TTr-SKHĐT", D12 = "210/CAT-PA03",
        D13 = "3/BB-SNV", D14 = "120/STP-VP", D15 = "64/KH-SNN", D16 = "8/KH-VP", D17 = "9/QĐ-VP", D18 = "71/CV-BAN";

    public static TheoryData<string, string[]> Queries => new()
    {
        { "mật", [D1, D2, D5, D12] },
        { "MẬT", [D1, D2, D5, D12] },
        { "mặt", [D6, D14] },
        { "mất", [D7, D12] },
        { "mát", [D15] },
        { "mat", [D1, D2, D5, D6, D7, D12, D14, D15, D18] },
        { "bảo mật", [D1, D5] },
        { "\"bảo mật\"", [D1] },
        { "bao mat", [D1, D5, D6, D18] },
        { "\"bao mat\"", [D1, D18] },
        { "bão", [D9] },
        { "bảo", [D1, D5] },
        { "bao", [D1, D3, D5, D6, D8, D9, D18] },
        { "ban", [D2, D10, D13, D16, D17, D18] },
        { "bàn giao", [D16] },
        { "bản đồ", [D17] },
        { "đô lương", [D13] },
        { "Đô Lương", [D13] },
        { "do luong", [D13] },
        { "dau tu", [D11] },
        { "đầu tư", [D11] },
        { "\"đầu tư\"", [D11] },
        { "11863/VPCP-KSTT", [D1] },
        { "11863/vpcp-kstt", [D1] },
        { "11863", [D1] },
        { "VPCP-KSTT", [D1] },
        { "KSTT", [D1] },
        { "VPCP", [D1, D6] },
        { "12/TB-VPCP", [D6] },
        { "số:245/UBND-NC", [D2] },
        { "số:15", [D3] },
        { "trích_yếu:bão", [D9] },
        { "trichyeu:\"bí mật nhà nước\"", [D2, D5, D12] },
        { "cơ_quan:\"công an\"", [D3, D12] },
        { "coquan:\"van phong\"", [D1, D6, D16, D17] },
        { "loại:\"quyết định\"", [D4, D10, D17] },
        { "loai:\"bao cao\"", [D3, D8] },
        { "năm:2023", [D4, D10, D18] },
        { "năm:2023..2023 quyết định", [D4, D10] },
        { "ngày:2025-03-01..2025-03-31", [D1, D9] },
        { "bí mật -bảo", [D2, D12] },
        { "phòng*", [D1, D4, D6, D12, D13, D16, D17] },
        { "ung pho*", [D9] },
        { "an ninh", [D3] },
        { "\"an toàn thông tin\"", [D8] },
        { "thông tin", [D1, D8] },
        { "thong tin", [D1, D8] },
        { "mã độc", [D8] },
        { "ma doc", [D8] },
        { "tuyệt mật", [] },
        { "bảo hiểm", [] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_finds_exactly_its_documents(string query, string[] expected)
    {
        var found = await fixture.Corpus.NumbersAsync(DemoAccounts.Clerk, query);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_search_api_is_described_in_the_tenants_openapi_document()
    {
        var document = await fixture.Corpus.Agency.GetJsonAsync(DemoAccounts.Clerk, "openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/search/suggest", paths);
    }

    [Fact]
    public async Task A_query_typed_with_decomposed_marks_finds_what_the_composed_one_finds()
    {
        var decomposed = "mật".Normalize(NormalizationForm.FormD);
        Assert.Equal(await fixture.Corpus.NumbersAsync(DemoAccounts.Clerk, "mật"), await fixture.Corpus.NumbersAsync(DemoAccounts.Clerk, decomposed));
    }

    [Theory]
    [InlineData("mat", D18)]
    [InlineData("bao mat", D18)]
    [InlineData("\"bao mat\"", D18)]
    [InlineData("bao", D18)]
    public async Task The_document_spelled_exactly_as_typed_ranks_first(string query, string first)
    {
        var found = await fixture.Corpus.NumbersAsync(DemoAccounts.Clerk, query);
        Assert.Equal(first, found[0]);
    }

    [Fact]
    public async Task Ban_typed_without_marks_ranks_the_exact_ban_before_bien_ban()
    {
        var found = await fixture.Corpus.NumbersAsync(DemoAccounts.Clerk, "ban");
        Assert.Equal(D13, found[^1]);
        Assert.True(found.IndexOf(D10) < found.IndexOf(D13));
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first()
    {
        var result = await fixture.Corpus.SearchAsync(DemoAccounts.Clerk, "?q=mat&sort=date&pageSize=100");
        var dates = result.GetProperty("hits").EnumerateArray().Select(h => DateOnly.Parse(h.GetProperty("date").GetString()!)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task Snippets_mark_the_matched_words_of_the_text_with_and_without_marks()
    {
        var result = await fixture.Corpus.SearchAsync(DemoAccounts.Clerk, "?q=" + Uri.EscapeDataString("\"bão\""));
        var snippet = Assert.Single(result.GetProperty("hits").EnumerateArray()).GetProperty("snippet").GetString();
        Assert.Contains("<mark>bão</mark>", snippet);
        Assert.DoesNotContain("<mark>bảo</mark>", snippet);

        result = await fixture.Corpus.SearchAsync(DemoAccounts.Clerk, "?q=do+luong");
        snippet = Assert.Single(result.GetProperty("hits").EnumerateArray()).GetProperty("snippet").GetString();
        Assert.Contains("<mark>Đô</mark> <mark>Lương</mark>", snippet);
    }

    [Fact]
    public async Task Facets_count_the_matches_by_year_type_agency_level_urgency_and_state()
    {
        var result = await fixture.Corpus.SearchAsync(DemoAccounts.Clerk, "?q=" + Uri.EscapeDataString("báo cáo"));
        Assert.Equal(2, result.GetProperty("total").GetInt32());
        var facets = result.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { ["2025"] = 2 }, facets["year"]);
        Assert.Equal(new Dictionary<string, int> { ["Báo cáo"] = 2 }, facets["documentType"]);
        Assert.Equal(new Dictionary<string, int> { ["Mật"] = 1, ["Tối mật"] = 1 }, facets["level"]);
        Assert.Equal(new Dictionary<string, int> { ["Khẩn"] = 1, ["Thượng khẩn"] = 1 }, facets["urgency"]);

        var narrowed = await fixture.Corpus.SearchAsync(DemoAccounts.Clerk, "?q=" + Uri.EscapeDataString("báo cáo") + "&level=" + Uri.EscapeDataString("Tối mật"));
        Assert.Equal(D3, Assert.Single(narrowed.GetProperty("hits").EnumerateArray()).GetProperty("number").GetString());
    }
}
