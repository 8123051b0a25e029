using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>Dark pixels per column inside a horizontal band of an 8-bit page.</summary>
internal static class InkProfile
{
    public static unsafe int[] Columns(Pix gray, int top, int bottom)
    {
        int width = gray.Width, wpl = gray.Wpl;
        top = Math.Max(0, top);
        bottom = Math.Min(gray.Height, bottom);
        var counts = new int[width];
        var data = gray.Data;
        for (var y = top; y < bottom; y++)
        {
            var row = (byte*)(data + y * wpl);
            for (var x = 0; x < width; x++)
            {
                if (row[x ^ 3] < 128)
                    counts[x]++;
            }
        }
        return counts;
    }

    /// <summary>The same profile from word boxes, for pages whose words came from a PDF's text layer.</summary>
    public static int[] Columns(IEnumerable<OcrWord> words, int width, int top, int bottom)
    {
        var counts = new int[width];
        foreach (var word in words.Where(w => w.Box.Bottom > top && w.Box.Top < bottom))
        {
            for (var x = Math.Max(0, word.Box.Left); x < Math.Min(width, word.Box.Right); x++)
                counts[x]++;
        }
        return counts;
    }
}
