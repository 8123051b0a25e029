using Portal.Ocr.Worker.Fields;

namespace Portal.Tests.Ocr;

/// <summary>Character error rate: edit distance from the truth, per character of the truth.</summary>
internal static class CharacterErrorRate
{
    public static double Of(string read, string truth) => (double)Levenshtein.Distance(read, truth) / Math.Max(1, truth.Length);
}
