using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Layout;

/// <summary>
/// Finds the parts of an official letter on a page: the two-column header (agency and number left,
/// motto and place/date right, split at the white channel between them), the body, the marks and the
/// two-column footer (recipients left, signer right). A line that runs across a channel is split there;
/// <c>reread</c> reads such a line again in two halves when a word was glued across the channel, and
/// <c>readAgain</c> reads a box again on its own: the signer's column, where a seal over the signature
/// makes the whole-page segmentation lose lines, the signer's name, and an agency's name read faintly.
/// </summary>
internal sealed class PageLayout(
    Func<int, int, int[]> inkColumns,
    Func<TextLine, int, IReadOnlyList<TextLine>>? reread,
    RegionReader? readAgain)
{
    public PageZones Analyse(List<TextLine> lines, int pageHeight)
    {
        var zones = new PageZones { FooterTop = pageHeight };
        if (lines.Count == 0)
            return zones;
        zones.Content = lines.Skip(1).Aggregate(lines[0].Box, (box, l) => box.Union(l.Box));
        var lineHeight = lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2);
        var next = ReadHeader(lines, zones, pageHeight, lineHeight);
        var footerStart = lines.FindIndex(next, l => LetterPatterns.Recipients().IsMatch(l.Text));
        var bodyEnd = footerStart < 0 ? lines.Count : footerStart;
        if (footerStart >= 0)
        {
            zones.FooterTop = lines[footerStart].Top - lineHeight / 2;
            var footer = lines.Skip(next).Where(l => l.Top >= zones.FooterTop).ToList();
            bodyEnd = lines.FindIndex(next, l => l.Top >= zones.FooterTop);
            var gutter = SplitColumns(footer, zones.FooterTop, zones.Content.Bottom, zones, zones.FooterLeft, zones.FooterRight);
            // Down to the page's foot: a name under a seal may have been missed by the first reading altogether.
            var signer = readAgain?.Block(new Box(gutter, zones.FooterTop, zones.Content.Right + lineHeight, pageHeight));
            if (signer is { Count: > 0 })
            {
                zones.FooterRight.Clear();
                zones.FooterRight.AddRange(signer);
            }
            zones.NameReadAgain = ReadNameAgain(zones.FooterRight, gutter, zones.Content.Right + lineHeight);
        }
        foreach (var line in lines.Skip(next).Take(bodyEnd - next))
            (Marks.IsMarkLine(line.Text) ? zones.Marks : zones.Body).Add(line);
        return zones;
    }

    /// <summary>Fills the header columns; returns the index of the first line after the header.</summary>
    private int ReadHeader(List<TextLine> lines, PageZones zones, int pageHeight, int lineHeight)
    {
        var upper = lines.Where(l => l.Top < pageHeight * 0.45).ToList();
        var date = upper.FirstOrDefault(l => LetterPatterns.PlaceDate().IsMatch(l.Text));
        var number = upper.FirstOrDefault(l => LetterPatterns.Number().IsMatch(l.Text));
        if ((date ?? number) == null || !upper.Any(l => LetterPatterns.Motto().IsMatch(l.Text)))
            return 0;
        var headerBottom = Math.Max(date?.Bottom ?? 0, number?.Bottom ?? 0);
        var header = lines.TakeWhile(l => l.Top < headerBottom - lineHeight / 3).ToList();
        var gutter = SplitColumns(header, zones.Content.Top, headerBottom, zones, zones.HeaderLeft, zones.HeaderRight, MottoGutter(header));
        ReadAgencyAgain(zones, gutter, lineHeight);
        var next = header.Count;
        // A công văn's "V/v …" abstract sits under the number and may run below the place and date.
        var inSubject = zones.HeaderLeft.Any(l => LetterPatterns.Subject().IsMatch(l.Text));
        while (next < lines.Count)
        {
            var line = lines[next];
            // A speck beside the abstract's next line (sorted first by its top) must not end the abstract.
            if (inSubject && line.IsSpeck)
            {
                next++;
                continue;
            }
            var previous = zones.HeaderLeft.LastOrDefault();
            var leftOnly = line.Box.Right <= gutter + zones.Content.Width / 50;
            var starts = LetterPatterns.Subject().IsMatch(line.Text);
            var follows = inSubject && previous != null && line.Top - previous.Bottom < lineHeight;
            if (!leftOnly || LetterPatterns.Addressee().IsMatch(line.Text) || !(starts || follows))
                break;
            zones.HeaderLeft.Add(line);
            inSubject = true;
            next++;
        }
        return next;
    }

    /// <summary>
    /// A faint line in the agency's name (a fax's specks, an underline touching the letters) can make the
    /// page's reading lose the lines around it: the block above the number is read again on its own, and
    /// kept if it reads surer.
    /// </summary>
    private void ReadAgencyAgain(PageZones zones, int gutter, int lineHeight)
    {
        var numberAt = zones.HeaderLeft.FindIndex(l => LetterPatterns.Number().IsMatch(l.Text));
        var agency = zones.HeaderLeft.Take(Math.Max(0, numberAt)).ToList();
        if (readAgain == null || !agency.Any(l => l.Confidence < 0.5))
            return;
        var top = Math.Max(0, zones.Content.Top - lineHeight / 2);
        var again = readAgain.Block(new Box(Math.Max(0, zones.Content.Left - lineHeight), top, gutter, zones.HeaderLeft[numberAt].Top - lineHeight / 4));
        if (again.Count == 0 || TextLine.MeanConfidence(again) <= TextLine.MeanConfidence(agency))
            return;
        zones.HeaderLeft.RemoveRange(0, numberAt);
        zones.HeaderLeft.InsertRange(0, again);
    }

    /// <summary>
    /// The signer's name, the column's last line, is printed over the seal's lower rings: read in the
    /// column's block, what is left of the rings beside it can mangle it. It is read again alone as one line.
    /// </summary>
    private TextLine? ReadNameAgain(List<TextLine> column, int left, int right)
    {
        var name = column.LastOrDefault(l => !l.IsSpeck);
        if (readAgain == null || name == null)
            return null;
        var pad = name.Height / 3;
        return readAgain.Line(new Box(left, Math.Max(0, name.Top - pad), right, name.Bottom + pad)).MaxBy(l => l.Text.Count(char.IsLetter));
    }

    private int SplitColumns(List<TextLine> band, int top, int bottom, PageZones zones, List<TextLine> left, List<TextLine> right, int? known = null)
    {
        var width = zones.Content.Width;
        var (from, to) = (zones.Content.Left + width * 3 / 10, zones.Content.Left + width * 7 / 10);
        var gutter = known is { } k && k > from && k < to ? k : Gutter.Find(inkColumns(top, bottom), from, to);
        foreach (var line in band)
        {
            var parts = reread != null && line.Straddles(gutter) ? reread(line, gutter) : Halves(line, gutter);
            foreach (var part in parts)
                (part.Box.CenterX < gutter ? left : right).Add(part);
        }
        return gutter;
    }

    /// <summary>
    /// The motto "Độc lập - Tự do - Hạnh phúc" is centred under the national name, the widest line of the
    /// right column: mirroring the header's right edge about the motto's middle gives the column's left edge,
    /// even where the two columns touch and no white channel separates them.
    /// </summary>
    private static int? MottoGutter(List<TextLine> header)
    {
        foreach (var line in header)
        {
            var start = line.Words.ToList().FindIndex(w => LetterPatterns.MottoStart().IsMatch(w.Text));
            if (start < 0)
                continue;
            var middle = (line.Words[start].Box.Left + line.Words[^1].Box.Right) / 2;
            return 2 * middle - header.Max(l => l.Box.Right) - line.Height / 10;
        }
        return null;
    }

    private static IReadOnlyList<TextLine> Halves(TextLine line, int gutter)
    {
        var (l, r) = line.SplitAt(gutter);
        return [.. new[] { l, r }.OfType<TextLine>()];
    }
}
