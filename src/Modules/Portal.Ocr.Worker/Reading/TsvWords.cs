using System.Globalization;

namespace Portal.Ocr.Worker.Reading;

/// <summary>Reads tesseract's TSV output (level, ids, box, confidence, text) into words.</summary>
internal static class TsvWords
{
    private const int WordLevel = 5;

    public static List<OcrWord> Parse(string tsv, int lineOffset)
    {
        var words = new List<OcrWord>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.Split('\t');
            if (cells.Length < 12 || cells[0] != WordLevel.ToString(CultureInfo.InvariantCulture))
                continue;
            var text = VietnameseLetters.Compose(cells[11].Trim());
            if (text.Length == 0)
                continue;
            int Cell(int i) => int.Parse(cells[i], CultureInfo.InvariantCulture);
            var line = lineOffset + Cell(2) * 10_000 + Cell(3) * 100 + Cell(4);
            var left = Cell(6);
            var top = Cell(7);
            var confidence = double.Parse(cells[10], CultureInfo.InvariantCulture) / 100;
            words.Add(new OcrWord(text, new Box(left, top, left + Cell(8), top + Cell(9)), Math.Clamp(confidence, 0, 1), line));
        }
        return words;
    }
}
