using Portal.Ocr.Worker.Layout;
using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Fields;

/// <summary>
/// Joins body lines into paragraphs: a line continues the one above unless that one ended short of the
/// right margin, or the line is indented, or the space above it is wider than the body's usual line pitch.
/// </summary>
internal static class BodyText
{
    public static string Join(IReadOnlyList<TextLine> lines, Box content)
    {
        if (lines.Count == 0)
            return "";
        var pitches = lines.Zip(lines.Skip(1), (a, b) => b.Top - a.Top).Where(p => p > 0).Order().ToList();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : int.MaxValue;
        var right = lines.Max(l => l.Box.Right);
        var left = lines.Min(l => l.Box.Left);
        var text = new System.Text.StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, line) = (lines[i - 1], lines[i]);
            var shortAbove = above.Box.Right < right - content.Width / 10;
            var indented = line.Box.Left > left + content.Width / 25;
            var spaced = line.Top - above.Top > pitch * 6 / 5;
            text.Append(shortAbove || indented || spaced ? '\n' : ' ').Append(line.Text);
        }
        return text.ToString();
    }
}
