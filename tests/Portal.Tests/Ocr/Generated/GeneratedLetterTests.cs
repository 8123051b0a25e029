using Portal.Ocr;

namespace Portal.Tests.Ocr.Generated;

/// <summary>Letters the reader has never seen, with the damage of real intake: thresholds over the whole set.</summary>
public sealed class GeneratedLetterTests(GeneratedLetters set) : IClassFixture<GeneratedLetters>
{
    [Fact]
    public void At_least_95_percent_of_the_fields_are_read_exactly()
    {
        var checks = set.Readings
            .SelectMany(r => r.Letter.Fields.Where(f => f.Key != OcrFields.Body)
                .Select(f => (r.Letter, f.Key, Expected: f.Value, Read: r.Result.Field(f.Key))))
            .ToList();
        var wrong = checks.Where(c => c.Expected != c.Read).ToList();

        var exact = 1 - (double)wrong.Count / checks.Count;
        Assert.True(exact >= 0.95, $"{exact:P1} exact; wrong:\n" +
            string.Join('\n', wrong.Select(w => $"{w.Letter.Seed} {w.Letter.Damage} {w.Key}: '{w.Read}' for '{w.Expected}'")));
    }

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
    public void The_classification_mark_is_read_on_every_letter()
    {
        var missed = set.Readings.Where(r => r.Result.Field(OcrFields.Classification) != r.Letter.Classification)
            .Select(r => $"{r.Letter.Seed} {r.Letter.Damage}: '{r.Result.Field(OcrFields.Classification)}'").ToList();

        Assert.True(missed.Count == 0, string.Join('\n', missed));
    }
}
