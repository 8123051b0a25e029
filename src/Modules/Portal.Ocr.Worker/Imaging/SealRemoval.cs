namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Takes the rings of a round seal out of a black-and-white page (a fax prints the red seal black, over
/// the signer's title and name). A seal is a large, round, sparse connected shape; its rings are the
/// radii at which it covers most of the circle. Only pixels on those radii go, so the letters it
/// crosses lose a sliver, not their strokes.
/// </summary>
internal static class SealRemoval
{
    private const byte Dark = 128;

    public static unsafe int Apply(Pix gray)
    {
        int width = gray.Width, height = gray.Height, wpl = gray.Wpl;
        var data = gray.Data;
        var labels = new int[width * height];
        var stack = new Stack<int>();
        var removed = 0;
        var next = 0;
        for (var start = 0; start < labels.Length; start++)
        {
            if (labels[start] != 0 || ((byte*)(data + start / width * wpl))[(start % width) ^ 3] >= Dark)
                continue;
            var label = ++next;
            var pixels = new List<int>();
            int left = int.MaxValue, top = int.MaxValue, right = 0, bottom = 0;
            labels[start] = label;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                pixels.Add(at);
                int x = at % width, y = at / width;
                (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height || labels[ny * width + nx] != 0 || ((byte*)(data + ny * wpl))[nx ^ 3] >= Dark)
                            continue;
                        labels[ny * width + nx] = label;
                        stack.Push(ny * width + nx);
                    }
                }
            }
            if (IsSealShaped(right - left + 1, bottom - top + 1, pixels.Count, width))
                removed += EraseRings(pixels, (left + right) / 2.0, (top + bottom) / 2.0, width, data, wpl);
        }
        return removed;
    }

    private static bool IsSealShaped(int w, int h, int count, int pageWidth) =>
        w > pageWidth / 14 && w < pageWidth / 3 && h > w * 4 / 5 && h < w * 5 / 4 && count < w * h * 2 / 5;

    private static unsafe int EraseRings(List<int> pixels, double cx, double cy, int width, uint* data, int wpl)
    {
        // The box's middle is off when a signature or a name touches the seal: take the centre that
        // makes the rings sharpest (most pixels on one radius).
        var (bestX, bestY, bestPeak) = (cx, cy, 0);
        var sample = pixels.Where((_, i) => i % 4 == 0).ToList();
        for (var dy = -48; dy <= 48; dy += 4)
        {
            for (var dx = -48; dx <= 48; dx += 4)
            {
                var peak = sample.GroupBy(p => Radius(p, cx + dx, cy + dy, width)).Max(g => g.Count());
                if (peak > bestPeak)
                    (bestX, bestY, bestPeak) = (cx + dx, cy + dy, peak);
            }
        }
        var radius = pixels.Select(p => Radius(p, bestX, bestY, width)).ToArray();
        var perRadius = radius.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        // A ring at radius r puts about 2πr pixels on that radius; letters and strokes put far fewer.
        var rings = perRadius.Where(p => p.Key > 10 && p.Value > 2 * Math.PI * p.Key * 0.45).Select(p => p.Key).ToHashSet();
        var erased = 0;
        for (var i = 0; i < pixels.Count; i++)
        {
            if (!rings.Contains(radius[i]) && !rings.Contains(radius[i] - 1) && !rings.Contains(radius[i] + 1))
                continue;
            var (x, y) = (pixels[i] % width, pixels[i] / width);
            ((byte*)(data + y * wpl))[x ^ 3] = 255;
            erased++;
        }
        return erased;
    }

    private static int Radius(int pixel, double cx, double cy, int width)
    {
        var (x, y) = (pixel % width - cx, pixel / width - cy);
        return (int)Math.Round(Math.Sqrt(x * x + y * y));
    }
}
