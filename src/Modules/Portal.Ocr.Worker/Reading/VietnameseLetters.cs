using System.Text;

namespace Portal.Ocr.Worker.Reading;

/// <summary>
/// The Vietnamese alphabet composed from a letter and its combining marks, and stripped of its marks,
/// without the platform's Unicode tables: the worker runs with invariant globalization, since loading
/// ICU cost every worker process — every file — a fortieth of a page's reading. Other characters pass
/// through as they are; tesseract's Vietnamese model writes no other marks.
/// </summary>
internal static class VietnameseLetters
{
    // Each vowel without a tone, then with huyền, sắc, hỏi, ngã and nặng.
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private const string Tones = "\u0300\u0301\u0309\u0303\u0323";

    // A vowel's shape marks: breve, circumflex, horn; each turns a plain vowel into another row's.
    private static readonly Dictionary<(char Vowel, char Mark), char> Shaped = new()
    {
        [('a', '\u0306')] = 'ă', [('a', '\u0302')] = 'â', [('e', '\u0302')] = 'ê', [('o', '\u0302')] = 'ô', [('o', '\u031B')] = 'ơ', [('u', '\u031B')] = 'ư',
        [('A', '\u0306')] = 'Ă', [('A', '\u0302')] = 'Â', [('E', '\u0302')] = 'Ê', [('O', '\u0302')] = 'Ô', [('O', '\u031B')] = 'Ơ', [('U', '\u031B')] = 'Ư',
    };

    private static readonly Dictionary<char, (int Row, int Tone)> Places =
        Rows.SelectMany((row, r) => row.Select((letter, tone) => (letter, r, tone))).ToDictionary(p => p.letter, p => (p.r, p.tone));

    private static readonly Dictionary<char, int> RowOf = Rows.Select((row, r) => (row[0], r)).ToDictionary(p => p.Item1, p => p.r);

    /// <summary>Each letter followed by combining marks made one letter (what NFC does for Vietnamese).</summary>
    public static string Compose(string text)
    {
        if (!text.Any(IsMark))
            return text;
        var composed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsMark(c) && composed.Length > 0 && WithMark(composed[^1], c) is { } letter)
                composed[^1] = letter;
            else
                composed.Append(c);
        }
        return composed.ToString();
    }

    /// <summary>The letters without tone and vowel marks ("ĐỐC" → "ĐOC": Đ is a letter of its own, as in Unicode).</summary>
    public static string Bare(string text)
    {
        var bare = new StringBuilder(text.Length);
        foreach (var c in Compose(text))
        {
            if (Places.TryGetValue(c, out var place))
                bare.Append(Plain(Rows[place.Row][0]));
            else if (!IsMark(c))
                bare.Append(c);
        }
        return bare.ToString();
    }

    private static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static char? WithMark(char letter, char mark)
    {
        if (!Places.TryGetValue(letter, out var place))
            return null;
        var tone = Tones.IndexOf(mark) + 1;
        if (tone > 0)
            return place.Tone == 0 ? Rows[place.Row][tone] : null;
        return Shaped.TryGetValue((Rows[place.Row][0], mark), out var vowel) ? Rows[RowOf[vowel]][place.Tone] : null;
    }

    private static char Plain(char vowel) => vowel switch
    {
        'ă' or 'â' => 'a', 'ê' => 'e', 'ô' or 'ơ' => 'o', 'ư' => 'u',
        'Ă' or 'Â' => 'A', 'Ê' => 'E', 'Ô' or 'Ơ' => 'O', 'Ư' => 'U',
        _ => vowel,
    };
}
