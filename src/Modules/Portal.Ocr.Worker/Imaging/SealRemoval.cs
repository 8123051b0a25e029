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
        var seen = new bool[width * height];
        var stack = new Stack<int>();
        // One list for every shape: a fax's specks are thousands of tiny shapes.
        var pixels = new List<int>();
        var removed = 0;
        for (var sy = 0; sy < height; sy++)
        {
            var row = (byte*)(data + sy * wpl);
            for (var sx = 0; sx < width; sx++)
            {
                var start = sy * width + sx;
                if (seen[start] || row[sx ^ 3] >= Dark)
                    continue;
                pixels.Clear();
                int left = sx, top = sy, right = sx, bottom = sy;
                seen[start] = true;
                stack.Push(start);
                while (stack.Count > 0)
                {
                    var at = stack.Pop();
                    pixels.Add(at);
                    int x = at % width, y = at / width;
                    (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
                    for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                    {
                        var neighbours = (byte*)(data + ny * wpl);
                        for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                        {
                            if (seen[ny * width + nx] || neighbours[nx ^ 3] >= Dark)
                                continue;
                            seen[ny * width + nx] = true;
                            stack.Push(ny * width + nx);
                        }
                    }
                }
                if (IsSealShaped(right - left + 1, bottom - top + 1, pixels.Count, width))
                    removed += EraseRings(pixels, (left + right) / 2.0, (top + bottom) / 2.0, width, data, wpl);
            }
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
        // Pixels per radius, counted in an array: the 625 candidate centres are tried on every seal.
        var perRadiusCount = new int[width * 2];
        for (var dy = -48; dy <= 48; dy += 4)
        {
            for (var dx = -48; dx <= 48; dx += 4)
            {
                Array.Clear(perRadiusCount);
                var peak = 0;
                foreach (var p in sample)
                    peak = Math.Max(peak, ++perRadiusCount[Radius(p, cx + dx, cy + dy, width)]);
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
