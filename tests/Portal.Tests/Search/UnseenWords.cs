using System.Globalization;
using System.Text;

namespace Portal.Tests.Search;

/// <summary>
/// Vietnamese-shaped words no table of the project holds, from a seeded generator: an onset, a vowel (with or
/// without its own mark: ă â ê ô ơ ư), always a tone mark, and a final; and for each, a word one mark away
/// (another tone, or another vowel mark: a/ă/â, e/ê, o/ô/ơ, u/ư), as "mật" is from "mặt" and "mất".
/// </summary>
public sealed class UnseenWords(int seed)
{
    private static readonly string[] Onsets =
        ["b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];

    private static readonly string[] Finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "u", "i", "o"];

    /// <summary>The vowels that differ from each other by a mark only.</summary>
    private static readonly string[][] Families = [["a", "ă", "â"], ["e", "ê"], ["o", "ô", "ơ"], ["u", "ư"], ["i"], ["y"]];

    /// <summary>Sắc, huyền, hỏi, ngã, nặng (combining).</summary>
    private static readonly string[] Tones = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

    private readonly Random _random = new(seed);

    public int Seed => seed;

    /// <summary>A word and its one-mark neighbour.</summary>
    public (string Word, string Neighbour) Next()
    {
        var onset = Onsets[_random.Next(Onsets.Length)];
        var family = Families[_random.Next(Families.Length)];
        var vowel = _random.Next(family.Length);
        var tone = _random.Next(Tones.Length);
        var final = Finals[_random.Next(Finals.Length)];
        var word = Compose(onset, family[vowel], Tones[tone], final);
        string neighbour;
        if (family.Length > 1 && _random.Next(2) == 0)
            neighbour = Compose(onset, family[(vowel + 1 + _random.Next(family.Length - 1)) % family.Length], Tones[tone], final);
        else
            neighbour = Compose(onset, family[vowel], Tones[(tone + 1 + _random.Next(Tones.Length - 1)) % Tones.Length], final);
        return (word, neighbour);
    }

    /// <summary>The word as typed without marks ("đ" as "d").</summary>
    public static string Bare(string text)
    {
        var bare = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                bare.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return bare.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Compose(string onset, string vowel, string tone, string final) =>
        (onset + vowel + tone + final).Normalize(NormalizationForm.FormC);
}
