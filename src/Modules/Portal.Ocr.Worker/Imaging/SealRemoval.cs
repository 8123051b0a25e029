using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Takes the rings of a round seal out of a black-and-white page (a fax prints the red seal black, over
/// the signer's title and name). A seal is a large, round, sparse connected shape; its rings are the
/// radii at which the ink around it covers most of the circle, about a centre found by search (the
/// signature and the name join the seal's shape, so its box is no guide). Only pixels on those radii
/// go, only in the seal's lower half, where the name is printed, and not where a letter's stroke runs
/// on past the ring, so the name keeps its strokes. The upper half meets the titles' feet: erased there,
/// the ring took their feet with it, and tesseract reads a title sitting on a ring like an underlined one.
/// </summary>
internal static class SealRemoval
{
    private const byte Dark = 128;

    /// <summary>How far beyond a ring a crossing stroke is looked for, in pixels: further, the letters beside the ring kept pieces of it, read as slashes.</summary>
    private const int Probe = 1;

    private const int CoarseStep = 8;

    /// <summary>At most this many centres are tried in the coarse search, however large the shape.</summary>
    private const int MaxCentres = 2_000;

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
                if (IsSealSized(right - left + 1, bottom - top + 1, pixels.Count, width))
                    removed += EraseRings(pixels, new Box(left, top, right + 1, bottom + 1), width, height, data, wpl);
            }
        }
        return removed;
    }

    /// <summary>
    /// Large and sparse: a seal, with whatever touches it. The signature drawn across it and the name
    /// printed over it join its shape, so the box may be much wider than the round seal.
    /// </summary>
    private static bool IsSealSized(int w, int h, int count, int pageWidth) =>
        w > pageWidth / 14 && h > pageWidth / 14 && w < pageWidth / 2 && h < pageWidth / 2 && count < w * h * 2 / 5;

    private static unsafe int EraseRings(List<int> shape, Box box, int width, int height, uint* data, int wpl)
    {
        var minRadius = width / 56;
        var centre = SealCentre(shape, box, width, minRadius);
        var pixels = AroundCentre(centre, Math.Min(shape.Max(p => Radius(p, centre.X, centre.Y, width)), width / 5), width, height, data, wpl);
        var radius = pixels.Select(p => Radius(p, centre.X, centre.Y, width)).ToArray();
        var perRadius = new int[radius.Max() + Probe + 4];
        foreach (var r in radius)
            perRadius[r]++;
        // A ring at radius r puts about 2πr pixels on that radius; letters and strokes put far fewer.
        // Its edge, a pixel or two past the radii it fills, goes with it.
        var onRing = new bool[perRadius.Length];
        for (var r = minRadius; r < perRadius.Length; r++)
        {
            if (perRadius[r] > 2 * Math.PI * r * 0.45)
                onRing.AsSpan(r - 2, Math.Min(5, onRing.Length - r + 2)).Fill(true);
        }
        // Each ring's inner and outer edge, by radius.
        var (innerEdge, outerEdge) = (new int[onRing.Length], new int[onRing.Length]);
        for (var r = 1; r < onRing.Length; r++)
            innerEdge[r] = onRing[r - 1] ? innerEdge[r - 1] : r;
        for (var r = onRing.Length - 1; r >= 0; r--)
            outerEdge[r] = r + 1 < onRing.Length && onRing[r + 1] ? outerEdge[r + 1] : r;
        bool Ink(double x, double y)
        {
            var (px, py) = ((int)Math.Round(x), (int)Math.Round(y));
            if (px < 0 || py < 0 || px >= width || py >= height || ((byte*)(data + py * wpl))[px ^ 3] >= Dark)
                return false;
            var r = Radius(py * width + px, centre.X, centre.Y, width);
            return r >= onRing.Length || !onRing[r];
        }
        // Where ink goes on just past a ring (a letter's stroke crossing or touching it) that part of the
        // ring stays, so the name under the seal keeps its strokes; elsewhere the ring goes.
        var erase = new List<int>();
        for (var i = 0; i < pixels.Count; i++)
        {
            if (!onRing[radius[i]] || pixels[i] / width < centre.Y)
                continue;
            var (inner, outer) = (innerEdge[radius[i]], outerEdge[radius[i]]);
            var (x, y) = (pixels[i] % width - centre.X, pixels[i] / width - centre.Y);
            var distance = Math.Max(1, Math.Sqrt(x * x + y * y));
            var (ux, uy) = (x / distance, y / distance);
            if (!Ink(centre.X + ux * (inner - Probe), centre.Y + uy * (inner - Probe))
                && !Ink(centre.X + ux * (outer + Probe), centre.Y + uy * (outer + Probe)))
                erase.Add(pixels[i]);
        }
        foreach (var p in erase)
        {
            // The grey fringe a scaled fax page leaves along the ring goes with it.
            var (x, y) = (p % width, p / width);
            for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
            {
                var row = (byte*)(data + ny * wpl);
                for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                {
                    if (nx == x && ny == y || row[nx ^ 3] >= Dark)
                        row[nx ^ 3] = 255;
                }
            }
        }
        return erase.Count;
    }

    /// <summary>
    /// The centre that makes the rings sharpest (most pixels on one radius): a coarse search over the
    /// shape's box, then finer ones around the best. The box's middle is no guide once a signature or
    /// a name has joined the seal. The candidates and the pixels sampled are bounded, whatever the shape.
    /// </summary>
    private static (int X, int Y) SealCentre(List<int> pixels, Box box, int width, int minRadius)
    {
        var (left, top, right, bottom) = (box.Left + minRadius, box.Top + minRadius, box.Right - minRadius, box.Bottom - minRadius);
        if (right < left || bottom < top)
            return ((box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2);
        var step = Math.Max(CoarseStep, (int)Math.Ceiling(Math.Sqrt((double)(right - left + 1) * (bottom - top + 1) / MaxCentres)));
        var coarse = pixels.Where((_, i) => i % Math.Max(8, pixels.Count / 4_000) == 0).ToList();
        var best = Sharpest(coarse, width, new Box(left, top, right, bottom), step, ((left + right) / 2, (top + bottom) / 2));
        var fine = pixels.Where((_, i) => i % Math.Max(4, pixels.Count / 16_000) == 0).ToList();
        for (; step > CoarseStep; step /= 2)
            best = Sharpest(fine, width, Around(best, step), step / 2, best);
        best = Sharpest(fine, width, Around(best, CoarseStep), 2, best);
        // To the pixel: a ring a pixel off its centre spreads over more radii and is erased less cleanly.
        return Sharpest(fine, width, Around(best, 2), 1, best);
    }

    /// <summary>
    /// Every dark pixel within <paramref name="reach"/> of the centre, the seal's shape or not: the stamp
    /// frames' erase cuts a thick ring where it runs straight down or across, and the arcs cut off are
    /// shapes of their own, which neither counted towards the ring nor went with it.
    /// </summary>
    private static unsafe List<int> AroundCentre((int X, int Y) centre, int reach, int width, int height, uint* data, int wpl)
    {
        var pixels = new List<int>();
        for (var y = Math.Max(0, centre.Y - reach); y <= Math.Min(height - 1, centre.Y + reach); y++)
        {
            var row = (byte*)(data + y * wpl);
            for (var x = Math.Max(0, centre.X - reach); x <= Math.Min(width - 1, centre.X + reach); x++)
            {
                if (row[x ^ 3] < Dark)
                    pixels.Add(y * width + x);
            }
        }
        return pixels;
    }

    private static Box Around((int X, int Y) centre, int distance) =>
        new(centre.X - distance, centre.Y - distance, centre.X + distance, centre.Y + distance);

    /// <summary>The candidate centre, every <paramref name="step"/> pixels in the box, with the most pixels on one radius (radii binned by half a step).</summary>
    private static (int X, int Y) Sharpest(List<int> sample, int width, Box candidates, int step, (int X, int Y) start)
    {
        var (best, bestPeak) = (start, 0);
        var bin = Math.Max(1, step / 2);
        // Pixels per radius, counted in an array reused for every candidate.
        var perRadius = new int[width * 2 / bin + 2];
        for (var y = candidates.Top; y <= candidates.Bottom; y += step)
        {
            for (var x = candidates.Left; x <= candidates.Right; x += step)
            {
                Array.Clear(perRadius);
                var peak = 0;
                foreach (var p in sample)
                    peak = Math.Max(peak, ++perRadius[Radius(p, x, y, width) / bin]);
                if (peak > bestPeak)
                    (best, bestPeak) = ((x, y), peak);
            }
        }
        return best;
    }

    private static int Radius(int pixel, double cx, double cy, int width)
    {
        var (x, y) = (pixel % width - cx, pixel / width - cy);
        return (int)Math.Round(Math.Sqrt(x * x + y * y));
    }
}
