using Portal.Ocr;

namespace Portal.Tests.Ocr.Generated;

/// <summary>Letters the reader has never seen, with the damage of real intake: thresholds over the whole set.</summary>
public sealed class GeneratedLetterTests(GeneratedLetters set) : IClassFixture<GeneratedLetters>
{
    private List<(LetterSpec Letter, string Key, string Expected, string Read)> Fields(Func<LetterSpec, bool> which) =>
        [.. set.Readings.Where(r => which(r.Letter))
            .SelectMany(r => r.Letter.Fields.Where(f => f.Key != OcrFields.Body)
                .Select(f => (r.Letter, f.Key, Expected: f.Value, Read: r.Result.Field(f.Key))))];

    private static void AssertExact(List<(LetterSpec Letter, string Key, string Expected, string Read)> checks, double share)
    {
        var wrong = checks.Where(c => c.Expected != c.Read).ToList();
        var exact = 1 - (double)wrong.Count / checks.Count;
        Assert.True(exact >= share, $"{exact:P1} exact; wrong:\n" +
            string.Join('\n', wrong.Select(w => $"{w.Letter.Seed} {w.Letter.Damage} {w.Key}: '{w.Read}' for '{w.Expected}'")));
    }

    [Fact]
    public void At_least_95_percent_of_the_fields_of_scanned_and_photographed_letters_are_read_exactly() =>
        AssertExact(Fields(l => l.Damage != Damage.Fax), 0.95);

    [Fact]
    public void At_least_95_percent_of_all_fields_faxes_included_are_read_exactly() =>
        AssertExact(Fields(_ => true), 0.95);

    [Fact]
    public void The_body_of_scanned_letters_has_under_three_percent_character_errors()
    {
        var scans = set.Readings.Where(r => r.Letter.Damage == Damage.Scan).ToList();
        var errors = scans.Select(r => CharacterErrorRate.Of(r.Result.Field(OcrFields.Body), r.Letter.Fields[OcrFields.Body])).ToList();

        Assert.True(errors.Average() < 0.03, $"body CER on scans: {string.Join(", ", errors.Select(e => e.ToString("P1")))}");
    }

    [Fact]
    public void The_set_covers_both_layouts_both_levels_every_urgency_and_every_damage()
    {
        var letters = set.Readings.Select(r => r.Letter).ToList();

        Assert.True(letters.Count >= 30);
        Assert.Equal(2, letters.Select(l => l.IsLetter).Distinct().Count());
        Assert.Equal(2, letters.Select(l => l.Classification).Distinct().Count());
        Assert.Equal(4, letters.Select(l => l.Urgency).Distinct().Count());
        Assert.Equal(3, letters.Select(l => l.Damage).Distinct().Count());
    }

    [Fact]
    public void A_classification_is_never_misread_and_is_found_on_at_least_80_percent_of_letters()
    {
        var read = set.Readings.Select(r => (r.Letter, Read: r.Result.Field(OcrFields.Classification))).ToList();

        Assert.All(read.Where(r => r.Read.Length > 0), r => Assert.Equal(r.Letter.Classification, r.Read));
        var found = read.Count(r => r.Read.Length > 0) / (double)read.Count;
        Assert.True(found >= 0.8, $"classification found on {found:P0}");
    }
}
