using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Ocr.Worker.Layout;
using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Fields;

/// <summary>
/// Reads the fields of an official letter (Decree 30/2020) from its zoned pages: header columns for the
/// agency, number, place and date; the centred title for the type and abstract (or "V/v" for a công
/// văn); the stamps for classification and urgency; the footer columns for recipients and signer.
/// </summary>
internal static partial class LetterFields
{
    /// <summary>How sure we are that an optional field is absent when nothing was found for it.</summary>
    private const double AbsentConfidence = 0.9;

    public static FieldSet Extract(IReadOnlyList<PageZones> pages, IReadOnlyList<TextLine> redLines)
    {
        var fields = new FieldSet();
        var first = pages.FirstOrDefault(p => p.HeaderLeft.Count > 0) ?? pages[0];
        var left = first.HeaderLeft;
        var numberAt = left.FindIndex(l => LetterPatterns.Number().IsMatch(l.Text));
        var agencyLines = (numberAt >= 0 ? left.Take(numberAt) : left.TakeWhile(l => !LetterPatterns.Subject().IsMatch(l.Text)))
            .Where(l => l.Text.Count(char.IsLetter) >= 2 && !l.Text.Any(char.IsLower))
            .ToList();
        var (parent, agency) = AgencyNames.Split(agencyLines.Select(l => OfficialPhrases.Mend(Clean(l.Text))).Where(t => t.Length > 0));
        // Mended again whole: a wrapped name's phrase may run across its lines.
        (parent, agency) = (OfficialPhrases.Mend(parent), OfficialPhrases.Mend(agency));
        fields.Set(OcrFields.Agency, agency, Mean(agencyLines));
        fields.Set(OcrFields.AgencyParent, parent, parent.Length > 0 ? Mean(agencyLines) : agencyLines.Count > 0 ? AbsentConfidence : 0);
        if (numberAt >= 0)
        {
            var number = Symbol().Replace(LetterPatterns.Number().Match(left[numberAt].Text).Groups["v"].Value, "");
            // "Số: 15/QĐ-BNV": the slash between number and symbol is thin and often lost.
            number = MissingSlash().Replace(number, "$1/$2");
            fields.Set(OcrFields.Number, number.Trim('.', ',', ';', ':', '-'), left[numberAt].Confidence);
        }
        var place = ReadPlaceDate(first, fields);
        if (place.Length > 0)
        {
            // The place is printed twice, in the agency's name and before the date: the better-read copy mends the other.
            fields.Values[OcrFields.Agency] = Mend(fields.Values[OcrFields.Agency], place);
            fields.Values[OcrFields.AgencyParent] = Mend(fields.Values[OcrFields.AgencyParent], place);
        }
        var subjectLines = left.SkipWhile(l => !LetterPatterns.Subject().IsMatch(l.Text)).ToList();
        var body = pages.SelectMany(p => p.Body).ToList();
        if (subjectLines.Count > 0)
        {
            fields.Set(OcrFields.Type, DocumentTypes.Letter, subjectLines[0].Confidence);
            var subject = string.Join(' ', subjectLines.Select(l => l.Text));
            fields.Set(OcrFields.Subject, LetterPatterns.Subject().Match(subject).Groups["v"].Value, Mean(subjectLines));
        }
        else
        {
            body = ReadTitle(body, first, fields);
        }
        fields.Set(OcrFields.Body, BodyText.Join(body, first.Content), Mean(body));
        var stampLines = pages.SelectMany(p => p.Marks).Concat(redLines).ToList();
        var (classification, urgency, exact) = Marks.Read(stampLines);
        var markConfidence = exact ? 0.95 : 0.7;
        fields.Set(OcrFields.Classification, classification, classification.Length > 0 ? markConfidence : 0);
        fields.Set(OcrFields.Urgency, urgency, urgency.Length > 0 ? markConfidence : AbsentConfidence);
        var last = pages.LastOrDefault(p => p.FooterLeft.Count + p.FooterRight.Count > 0);
        if (last != null)
        {
            ReadRecipients(last.FooterLeft, fields);
            ReadSigner(last.FooterRight, last.NameReadAgain, fields);
        }
        return fields;
    }

    private static string ReadPlaceDate(PageZones page, FieldSet fields)
    {
        foreach (var line in page.HeaderRight.Concat(page.HeaderLeft))
        {
            var match = LetterPatterns.PlaceDate().Match(line.Text);
            if (!match.Success)
                continue;
            var (d, m, y) = (match.Groups["d"].Value, match.Groups["m"].Value, match.Groups["y"].Value);
            var place = match.Groups["place"].Value.Trim();
            fields.Set(OcrFields.PlaceDate, $"{place}, ngày {d} tháng {m} năm {y}", line.Confidence);
            if (DateOnly.TryParseExact($"{y}-{int.Parse(m, CultureInfo.InvariantCulture):00}-{int.Parse(d, CultureInfo.InvariantCulture):00}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                fields.Set(OcrFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), line.Confidence);
            return place;
        }
        return "";
    }

    /// <summary>Replaces a near miss of the place's upper-case name (one letter off) in an agency name.</summary>
    private static string Mend(string name, string place)
    {
        var upper = place.ToUpperInvariant().Split(' ');
        var words = name.Split(' ');
        for (var i = 0; i + upper.Length <= words.Length; i++)
        {
            var window = string.Join(' ', words[i..(i + upper.Length)]);
            if (Levenshtein.Distance(window, string.Join(' ', upper)) == 1)
                return string.Join(' ', [.. words[..i], .. upper, .. words[(i + upper.Length)..]]);
        }
        return name;
    }

    /// <summary>An upper-case header or title line without the specks and rules OCR reads as punctuation.</summary>
    private static string Clean(string line) =>
        string.Join(' ', Junk().Replace(line, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '-', '.', ',');

    /// <summary>A typed document: its type line and the centred abstract under it; returns the body without them.</summary>
    private static List<TextLine> ReadTitle(List<TextLine> body, PageZones page, FieldSet fields)
    {
        var typeAt = body.FindIndex(l => DocumentTypes.Match(l.Text) != null);
        if (typeAt < 0 || typeAt > 1)
            return body;
        fields.Set(OcrFields.Type, DocumentTypes.Match(body[typeAt].Text)!, body[typeAt].Confidence);
        var center = page.Content.CenterX;
        var subject = new List<TextLine>();
        for (var i = typeAt + 1; i < body.Count; i++)
        {
            var (above, line) = (body[i - 1], body[i]);
            var centred = Math.Abs(line.Box.CenterX - center) < page.Content.Width / 12;
            var close = line.Top - above.Bottom < line.Height * 3 / 2;
            if (!centred || !close || !line.Text.Any(char.IsLower))
                break;
            subject.Add(line);
        }
        var text = string.Join(' ', subject.Select(l => l.Text));
        fields.Set(OcrFields.Subject, AboutPrefix().Replace(text, ""), Mean(subject));
        return body[(typeAt + 1 + subject.Count)..];
    }

    private static void ReadRecipients(List<TextLine> lines, FieldSet fields)
    {
        var start = lines.FindIndex(l => LetterPatterns.Recipients().IsMatch(l.Text));
        if (start < 0)
            return;
        var used = lines.Skip(start).ToList();
        var entries = new List<string> { "Nơi nhận:" };
        // Each entry ends at its ';' (the last, "- Lưu: …", at its '.'): what OCR adds after that is specks,
        // or the next entry glued on. A line read surely after a ';' starts an entry even where its dash was lost.
        var pieces = used.Skip(1).Where(l => !l.IsSpeck)
            .SelectMany(l => EntryStart().Split(l.Text).Where(p => p.Trim().Length > 0).Select(p => (Text: p.Trim(), Sure: l.Confidence >= 0.5)));
        foreach (var (piece, sure) in pieces)
        {
            var match = Entry().Match(piece);
            if (match.Success)
                entries.Add("- " + match.Groups["v"].Value);
            else if (sure && (entries.Count == 1 || entries[^1].Contains(';')))
                entries.Add("- " + piece);
            else if (entries.Count > 1)
                entries[^1] += " " + piece;
        }
        entries = [entries[0], .. entries.Skip(1).Select(EndOfEntry)];
        entries = [entries[0], .. entries.Skip(1).Select(e => Comma().Replace(e, ", ").TrimEnd(' ', '-', '_', ':', '"', '\'', '|'))
            .Where(e => e.Any(char.IsLetter)).Select(e => SameAs().Replace(e, m => m.Groups["n"].Success ? $"- Như Điều {m.Groups["n"].Value};" : "- Như trên;"))];
        // Every entry but the last ends with ';': a comma or colon there is a misread semicolon.
        for (var i = 1; i < entries.Count - 1; i++)
            entries[i] = entries[i].TrimEnd(',', ':', '.') + (entries[i].EndsWith(';') ? "" : ";");
        entries[^1] = Filing().Replace(entries[^1], "- Lưu: VT,");
        if (entries.Count > 1 && entries[^1].EndsWith(','))
            entries[^1] = entries[^1][..^1] + ".";
        fields.Set(OcrFields.Recipients, string.Join('|', entries), Mean(used));
    }

    private static void ReadSigner(List<TextLine> column, TextLine? nameAgain, FieldSet fields)
    {
        // Specks between the titles (a dot of the seal, a stroke of the signature) would end the titles early.
        var lines = column.Where(l => !l.IsSpeck).ToList();
        string Title(TextLine l) => SignerTitle(Clean(l.Text));
        // A title line has a word of three letters or more (specks under a seal read as "Z X"); a faint one is kept if it is a known title.
        var titles = lines.TakeWhile(l => (l.Confidence >= 0.5 || OfficialPhrases.IsKnown(Title(l))) && !l.Text.Any(char.IsLower)
            && l.Text.Split(' ').Any(w => w.Count(char.IsLetter) >= 3)).ToList();
        if (titles.Count > 0)
            fields.Set(OcrFields.SignerTitle, string.Join('|', titles.Select(Title)), Mean(titles));
        bool IsName(TextLine? l) => l != null && PersonName().IsMatch(NameLetters(l.Text));
        var name = lines.Skip(titles.Count).LastOrDefault(IsName);
        // The name read again alone: taken where it is shaped like a name and the column's reading is not, or is less sure.
        if (IsName(nameAgain) && (name == null || nameAgain!.Confidence > name.Confidence))
            name = nameAgain;
        if (name != null)
            fields.Set(OcrFields.Signer, NameLetters(name.Text), name.Confidence);
    }

    private static string SignerTitle(string line)
    {
        var title = OfficialPhrases.Mend(GluedPrefix().Replace(TitlePrefix().Replace(line, "$1. "), ". "));
        // "KTGIÁMĐỐC": a prefix glued on without its full stop, taken only where a known title follows it.
        if (OfficialPhrases.IsKnown(title) || BarePrefix().Match(line) is not { Success: true } bare)
            return title;
        var rest = OfficialPhrases.Mend(bare.Groups["title"].Value);
        return OfficialPhrases.IsKnown(rest) ? $"{bare.Groups["prefix"].Value}. {rest}" : title;
    }

    /// <summary>
    /// A name's words without the specks read among them (a stroke of the signature as "-", a dot as "'",
    /// a piece of the seal's ring as a letter Vietnamese has not, "Ñ"), and apart where the space between
    /// them was lost ("ThịLan": no word of a name has a capital inside): no letter is added.
    /// </summary>
    private static string NameLetters(string line)
    {
        var letters = GluedWords().Replace(line, " ").Select(c => IsNameLetter(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsNameLetter(char c) =>
        char.IsLetter(c) && VietnameseLetters.Bare(c.ToString()) is [var bare] && (char.IsAsciiLetter(bare) || bare is 'Đ' or 'đ');

    private static string EndOfEntry(string entry)
    {
        var end = entry.IndexOf(';');
        if (end < 0 && entry.Contains("Lưu", StringComparison.Ordinal))
            end = entry.IndexOf('.', entry.IndexOf("Lưu", StringComparison.Ordinal));
        return end >= 0 ? entry[..(end + 1)] : entry;
    }

    private static double Mean(IEnumerable<TextLine> lines) => TextLine.MeanConfidence(lines);

    // A lone circumflex or tilde ("ˆ", "˜") is a speck, though Unicode files it with the letters.
    [GeneratedRegex(@"[^\p{Lu}\p{Ll}\p{N}\s.,\-]")]
    private static partial Regex Junk();

    [GeneratedRegex(@"(?<=;)\s*[^\p{Lu}\p{Ll}\s]*(?=[-–—~]\s*\p{L})")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@",(?=\S)")]
    private static partial Regex Comma();

    [GeneratedRegex(@"^(\d+)(\p{Lu})")]
    private static partial Regex MissingSlash();

    [GeneratedRegex(@"\.(?=\p{Lu})")]
    private static partial Regex GluedPrefix();

    [GeneratedRegex(@"^(KT|TM|TL|TUQ|Q)\s*[.,]\s*")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^(?<prefix>KT|TM|TL|TUQ|Q)\s*(?<title>\p{Lu}.*)$")]
    private static partial Regex BarePrefix();

    [GeneratedRegex(@"^-\s*[-–]?\s*Nh\p{L}\s*(tr\p{L}n|Đi\p{L}u\s*(?<n>\d+))\s*[;,.:]?$")]
    private static partial Regex SameAs();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"[^\p{Lu}\p{Ll}\p{N}/\-.]")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"^[^\p{L}]*(V\s*/\s*v|Về\s+(v\s+)?việc)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AboutPrefix();

    // The dash, after any specks a fax adds ("ˆ-"); a fax's "=" or "_" is a dash with a speck beside it.
    [GeneratedRegex(@"^[^\p{Lu}\p{Ll}\p{N}(]*[-–—−+•.~=_]\s*(?<v>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^-\s*L[ưuựừứửữ]u\s*[:;.]?\s*V[A-Z1Il!|]?[,.]?(?=\s|$)")]
    private static partial Regex Filing();

    // Two to six capitalised words, in title case: specks under a seal read as lone capitals ("Ư N G").
    [GeneratedRegex(@"^(?=.*\p{Ll})\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,5}$")]
    private static partial Regex PersonName();
}
