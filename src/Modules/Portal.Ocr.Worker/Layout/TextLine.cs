using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Layout;

/// <summary>A run of words on one line of the page, left to right.</summary>
internal sealed class TextLine
{
    public TextLine(IReadOnlyList<OcrWord> words)
    {
        Words = [.. words.OrderBy(w => w.Box.Left)];
        Box = Words.Skip(1).Aggregate(Words[0].Box, (box, w) => box.Union(w.Box));
        Text = string.Join(' ', Words.Select(w => w.Text));
        Confidence = Words.Average(w => w.Confidence);
        Height = Words.Select(w => w.Box.Height).Order().ElementAt(Words.Count / 2);
    }

    public IReadOnlyList<OcrWord> Words { get; }

    public Box Box { get; }

    public string Text { get; }

    public double Confidence { get; }

    /// <summary>The median word height: the size of the letters, whatever the accents add.</summary>
    public int Height { get; }

    public int Top => Box.Top;

    public int Bottom => Box.Bottom;

    /// <summary>A line of specks: fewer than two letters or digits ("l", ":", "_ -").</summary>
    public bool IsSpeck => Text.Count(char.IsLetterOrDigit) < 2;

    /// <summary>The mean of the lines' confidences; 0 for none.</summary>
    public static double MeanConfidence(IEnumerable<TextLine> lines) => lines.Select(l => l.Confidence).DefaultIfEmpty(0).Average();

    public bool Straddles(int x) => Words.Any(w => w.Box.Left < x - 3 && w.Box.Right > x + 3);

    /// <summary>The words left of <paramref name="x"/> and those right of it (by their middles); either may be null.</summary>
    public (TextLine? Left, TextLine? Right) SplitAt(int x)
    {
        var left = Words.Where(w => w.Box.CenterX < x).ToList();
        var right = Words.Where(w => w.Box.CenterX >= x).ToList();
        return (left.Count > 0 ? new TextLine(left) : null, right.Count > 0 ? new TextLine(right) : null);
    }

    public override string ToString() => Text;
}
