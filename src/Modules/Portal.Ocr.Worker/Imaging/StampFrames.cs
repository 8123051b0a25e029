namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Erases the frames drawn around stamps (MẬT, KHẨN…) on the red layer: dark runs longer than a letter,
/// across or down, are frame, not text, and a framed word is read far worse than a bare one.
/// </summary>
internal static class StampFrames
{
    public static unsafe void Erase(Pix layer)
    {
        int width = layer.Width, height = layer.Height, wpl = layer.Wpl;
        var data = layer.Data;
        var scale = width / 2480.0;
        var across = (int)(110 * scale);
        var down = (int)(70 * scale);
        var erase = new List<(int X, int Y)>();
        for (var y = 0; y < height; y++)
        {
            var row = (byte*)(data + y * wpl);
            var run = 0;
            for (var x = 0; x <= width; x++)
            {
                if (x < width && row[x ^ 3] == 0)
                {
                    run++;
                    continue;
                }
                if (run > across)
                    for (var i = x - run; i < x; i++) erase.Add((i, y));
                run = 0;
            }
        }
        for (var x = 0; x < width; x++)
        {
            var run = 0;
            for (var y = 0; y <= height; y++)
            {
                if (y < height && ((byte*)(data + y * wpl))[x ^ 3] == 0)
                {
                    run++;
                    continue;
                }
                if (run > down)
                    for (var i = y - run; i < y; i++) erase.Add((x, i));
                run = 0;
            }
        }
        foreach (var (x, y) in erase)
            ((byte*)(data + y * wpl))[x ^ 3] = 255;
    }
}
