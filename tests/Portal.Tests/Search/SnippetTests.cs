using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>A snippet is the document's own text, encoded: markup typed into a field never reaches the page as markup.</summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class SnippetTests(SearchServerFixture fixture)
{
    [Fact]
    public async Task Markup_in_the_text_is_encoded_and_only_the_matched_words_are_marked()
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, "ma-html");
        await agency.RegisterAsync([new CorpusDocument("5/HTML-X", "Công văn", "Sở Nội vụ", "2025-01-02",
            "V/v <script>alert('bảo mật')</script> & \"kiểm tra\"", "<img src=x onerror=alert(1)> bảo mật")]);

        var result = await agency.SearchAsync(DemoAccounts.Clerk, "?q=" + Uri.EscapeDataString("bảo mật"));
        var snippet = Assert.Single(result.GetProperty("hits").EnumerateArray()).GetProperty("snippet").GetString()!;

        Assert.DoesNotContain("<script", snippet);
        Assert.DoesNotContain("<img", snippet);
        Assert.Contains("&lt;script&gt;alert(&#39;<mark>bảo</mark> <mark>mật</mark>&#39;)&lt;/script&gt; &amp; &quot;kiểm tra&quot;", snippet);
        Assert.Equal(4, snippet.Split("<mark>").Length - 1);
    }
}
