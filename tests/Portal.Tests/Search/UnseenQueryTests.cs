using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>
/// Queries the project has never seen: documents whose subjects are made of generated words (none in any table
/// of the tests), searched by the clerk who registered them. A word typed without its marks finds its document,
/// and so does the whole subject typed without marks; the word as written finds it; the same word with one mark
/// changed (as "mặt" or "mất" for "mật") finds nothing, since no document of the agency has that word.
/// </summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class UnseenQueryTests(SearchServerFixture fixture)
{
    private const int Documents = 12;
    private const int WordsEach = 4;

    [Fact]
    public async Task Generated_words_are_found_without_their_marks_and_not_with_one_mark_changed()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_SEARCH_SEED"), out var s) ? s : 20261203;
        var words = new UnseenWords(seed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<(CorpusDocument Document, (string Word, string Neighbour)[] Words)>();
        // Words that are already in the tests' tables, and the fixed fields every generated document has.
        var known = Corpus.Documents.SelectMany(d => Words(d.Sender, d.Type, d.Subject, d.Notes)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Documents; i++)
        {
            var chosen = new List<(string Word, string Neighbour)>();
            while (chosen.Count < WordsEach)
            {
                var (word, neighbour) = words.Next();
                // A word new to the agency whose neighbour no document will have (nor its bare form, which would match the bare query).
                if (known.Contains(word) || known.Contains(neighbour) || taken.Contains(neighbour) || taken.Contains(UnseenWords.Bare(word))
                    || taken.Any(t => UnseenWords.Bare(t) == UnseenWords.Bare(word)))
                    continue;
                taken.Add(word);
                taken.Add(neighbour);
                chosen.Add((word, neighbour));
            }
            var subject = "V/v " + string.Join(' ', chosen.Select(c => c.Word));
            documents.Add((new CorpusDocument($"{100 + i}/TN-{seed % 1000}", "Công văn", "Sở Nội vụ tỉnh Nghệ An", "2025-08-15", subject), chosen.ToArray()));
        }
        var agency = await SearchAgency.CreateAsync(fixture.Server, "la");
        await agency.RegisterAsync(documents.Select(d => d.Document));

        var problems = new List<string>();
        async Task ExpectAsync(string query, string? number)
        {
            var found = await agency.NumbersAsync(DemoAccounts.Clerk, query);
            var fine = number is null ? found.Count == 0 : found.Contains(number);
            if (!fine)
                problems.Add($"\"{query}\" → [{string.Join(", ", found)}], expected {(number is null ? "nothing" : number)}");
        }
        foreach (var (document, chosen) in documents)
        {
            await ExpectAsync(UnseenWords.Bare(document.Subject[4..]), document.Number);
            foreach (var (word, neighbour) in chosen)
            {
                await ExpectAsync(word, document.Number);
                await ExpectAsync(UnseenWords.Bare(word), document.Number);
                await ExpectAsync(UnseenWords.Bare(word).ToUpperInvariant(), document.Number);
                await ExpectAsync(neighbour, null);
            }
        }
        Assert.True(problems.Count == 0, $"Seed {seed} (PORTAL_SEARCH_SEED={seed} repeats it):\n" + string.Join("\n", problems));
    }

    private static IEnumerable<string> Words(params string[] texts) =>
        texts.SelectMany(t => t.ToLowerInvariant().Split([' ', ',', '.', ';', '/', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Append("công").Append("văn").Append("sở").Append("nội").Append("vụ").Append("tỉnh").Append("nghệ").Append("an");
}
