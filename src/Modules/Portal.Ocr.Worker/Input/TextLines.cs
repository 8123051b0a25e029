using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Input;

/// <summary>Groups a text layer's words into lines: words whose vertical middles lie within half a word height.</summary>
internal static class TextLines
{
    public static List<OcrWord> Assign(List<OcrWord> words)
    {
        var result = new List<OcrWord>(words.Count);
        var line = 0;
        var lastMiddle = int.MinValue;
        var lastHeight = 0;
        foreach (var word in words.OrderBy(w => (w.Box.Top + w.Box.Bottom) / 2).ThenBy(w => w.Box.Left))
        {
            var middle = (word.Box.Top + word.Box.Bottom) / 2;
            if (Math.Abs(middle - lastMiddle) > Math.Max(lastHeight, word.Box.Height) / 2)
                line++;
            lastMiddle = middle;
            lastHeight = word.Box.Height;
            result.Add(word with { Line = line });
        }
        return result;
    }
}
