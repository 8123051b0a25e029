using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Erases the frames drawn around stamps (MẬT, KHẨN…): dark runs longer than a letter, across or down,
/// are frame, not text, and a framed word is read far worse than a bare one.
/// </summary>
internal static class StampFrames
{
    public static void Erase(Pix layer) => Erase(layer, new Box(0, 0, layer.Width, layer.Height));

    /// <summary>Erases the frames inside <paramref name="region"/> only: the red layer's stamps are read from their box alone.</summary>
    public static unsafe void Erase(Pix layer, Box region)
    {
        var wpl = layer.Wpl;
        var data = layer.Data;
        var scale = layer.Width / 2480.0;
        var across = (int)(110 * scale);
        var down = (int)(70 * scale);
        byte* Row(int y) => (byte*)(data + y * wpl);
        var erase = new List<(int X, int Y, bool Down, int Length)>();
        // Runs down every column are followed row by row, as the page lies in memory.
        var columnRun = new int[region.Width];
        for (var y = region.Top; y <= region.Bottom; y++)
        {
            var row = y < region.Bottom ? Row(y) : null;
            var run = 0;
            for (var x = region.Left; x <= region.Right; x++)
            {
                var dark = row != null && x < region.Right && row[x ^ 3] == 0;
                if (x < region.Right)
                {
                    ref var below = ref columnRun[x - region.Left];
                    if (dark)
                        below++;
                    else if (below > 0)
                    {
                        if (below > down)
                            erase.Add((x, y - below, true, below));
                        below = 0;
                    }
                }
                if (dark)
                {
                    run++;
                    continue;
                }
                if (run > across)
                    erase.Add((x - run, y, false, run));
                run = 0;
            }
        }
        foreach (var (x, y, isDown, length) in erase)
        {
            for (var i = 0; i < length; i++)
                Row(isDown ? y + i : y)[(isDown ? x : x + i) ^ 3] = 255;
        }
    }
}
