using Portal.Ocr;

namespace Portal.Tests.Ocr;

/// <summary>The shared samples (scan, fax, photo; công văn and typed layouts): every field exact, the body by character error rate.</summary>
public sealed class SampleLetterTests(SampleReadings readings) : IClassFixture<SampleReadings>
{
    public static TheoryData<string> Letters => [.. OcrSamples.Letters];

    [Theory]
    [MemberData(nameof(Letters))]
    public void Every_field_but_the_body_is_read_exactly(string sample)
    {
        var expected = OcrSamples.Meta(sample);
        var result = readings[sample];

        var wrong = expected.Where(f => f.Key != OcrFields.Body && result.Field(f.Key) != f.Value)
            .Select(f => $"{f.Key}: read '{result.Field(f.Key)}', expected '{f.Value}'")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void The_body_is_read_with_under_two_percent_character_errors(string sample)
    {
        var cer = CharacterErrorRate.Of(readings[sample].Field(OcrFields.Body), OcrSamples.Meta(sample)[OcrFields.Body]);

        Assert.True(cer < 0.02, $"body CER {cer:P2}");
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void The_text_reads_in_the_letter_s_order_left_header_then_right_header_then_body(string sample)
    {
        // Out-of-order columns would cost far more; the fax's seal adds a few lines of specks.
        var cer = CharacterErrorRate.Of(readings[sample].Text, OcrSamples.Truth(sample));

        Assert.True(cer < 0.06, $"text CER {cer:P2}");
    }

    [Fact]
    public void Every_field_carries_a_confidence_between_zero_and_one_and_a_read_field_is_trusted_more_than_a_missing_one()
    {
        var result = readings["sample1"];

        Assert.All(OcrFields.All, key => Assert.InRange(result.Confidence[key], 0, 1));
        Assert.True(result.Confidence[OcrFields.Number] > 0.5);
        Assert.Equal(1, result.Pages);
        Assert.False(result.FromTextLayer);
    }

    [Fact]
    public void Preprocessing_lowers_the_character_error_rate_on_the_fax()
    {
        var truth = OcrSamples.Truth("decision");
        var with = CharacterErrorRate.Of(readings.DecisionFax.Text, truth);
        var without = CharacterErrorRate.Of(readings.RawDecisionFax.Text, truth);

        Assert.True(with < without, $"with preprocessing {with:P2}, without {without:P2}");
        Assert.True(with < 0.03, $"with preprocessing {with:P2}");
    }
}
