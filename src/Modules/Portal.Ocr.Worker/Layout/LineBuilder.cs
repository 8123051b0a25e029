using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Layout;

/// <summary>Words into lines: tesseract's own lines, cut where a gap is wider than a few letters (two columns side by side).</summary>
internal static class LineBuilder
{
    public static List<TextLine> Build(IEnumerable<OcrWord> words)
    {
        var lines = new List<TextLine>();
        foreach (var group in words.GroupBy(w => w.Line))
        {
            var ordered = WithoutSpecks(group.OrderBy(w => w.Box.Left).ToList());
            if (ordered.Count == 0)
                continue;
            var height = ordered.Select(w => w.Box.Height).Order().ElementAt(ordered.Count / 2);
            var run = new List<OcrWord> { ordered[0] };
            foreach (var word in ordered.Skip(1))
            {
                if (word.Box.Left - run[^1].Box.Right > height * 3)
                {
                    lines.Add(new TextLine(run));
                    run = [];
                }
                run.Add(word);
            }
            lines.Add(new TextLine(run));
        }
        return [.. lines.OrderBy(l => l.Top).ThenBy(l => l.Box.Left)];
    }

    /// <summary>
    /// Drops the punctuation-only "words" specks and rules make at either end of a line ("_ Nơi nhận:",
    /// "VP. _ ."); a leading dash or tilde stays, since it marks a list entry.
    /// </summary>
    private static List<OcrWord> WithoutSpecks(List<OcrWord> words)
    {
        static bool Speck(string text, bool leading) =>
            text.All(c => !char.IsLetterOrDigit(c)) && !(leading && text is "-" or "–" or "—" or "~" or "+" or "•");
        var start = 0;
        while (start < words.Count && Speck(words[start].Text, leading: true))
            start++;
        var end = words.Count;
        while (end > start && Speck(words[end - 1].Text, leading: false))
            end--;
        return words[start..end];
    }
}
