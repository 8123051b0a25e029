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
            var ordered = group.OrderBy(w => w.Box.Left).ToList();
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
}
