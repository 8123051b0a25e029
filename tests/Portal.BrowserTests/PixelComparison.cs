namespace Portal.BrowserTests;

/// <summary>
/// How much two renderings of the same page differ. A pixel differs when no pixel of the other picture
/// within <see cref="Reach"/> pixels of it is within <see cref="LevelTolerance"/> grey levels: the screen
/// (Skia, advances hinted to the pixel grid) and poppler place and smooth glyphs their own way, which moves
/// an edge by a pixel or two along a line and its grey by a few dozen levels; a word set elsewhere, a different line break or a missing mark moves
/// whole glyphs and is counted. Both directions are checked, so ink missing on either side counts.
/// </summary>
public static class PixelComparison
{
    public const int LevelTolerance = 32;

    /// <summary>How far a matching pixel may be, each way: 2 px at 96 dpi is half a millimetre.</summary>
    public const int Reach = 2;

    /// <summary>How far around the ink origins the alignment looks, in pixels each way.</summary>
    public const int Search = 4;

    /// <summary>The height of the bands aligned one by one: about two lines of 14 pt text.</summary>
    public const int Band = 48;

    /// <summary>
    /// The share (0–1) of the compared area's pixels that differ, with <paramref name="a"/> and
    /// <paramref name="b"/> aligned at their ink origins and then each band of rows moved by the shift
    /// (up to <see cref="Search"/> pixels) that makes it differ least: the screen lays lines out on whole
    /// pixels and print does not, so lines drift a pixel or two down the page.
    /// </summary>
    public static double DifferingShare(GreyImage a, GreyImage b, int width, int height)
    {
        var (ax, ay) = a.InkOrigin();
        var (bx, by) = b.InkOrigin();
        var differing = 0;
        for (var top = 0; top < height; top += Band)
        {
            var rows = Math.Min(Band, height - top);
            var least = int.MaxValue;
            for (var dy = -Search; dy <= Search; dy++)
            for (var dx = -Search; dx <= Search; dx++)
                least = Math.Min(least, Differing(a, ax, ay + top, b, bx + dx, by + top + dy, width, rows));
            differing += least;
        }
        return (double)differing / (width * height);
    }

    private static int Differing(GreyImage a, int ax, int ay, GreyImage b, int bx, int by, int width, int height)
    {
        var differing = 0;
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var levelA = a[ax + x, ay + y];
            var levelB = b[bx + x, by + y];
            if (Math.Abs(levelA - levelB) <= LevelTolerance)
                continue;
            if (!Near(levelA, b, bx + x, by + y) || !Near(levelB, a, ax + x, ay + y))
                differing++;
        }
        return differing;
    }

    private static bool Near(byte level, GreyImage other, int x, int y)
    {
        for (var dy = -Reach; dy <= Reach; dy++)
        for (var dx = -Reach; dx <= Reach; dx++)
        {
            if (Math.Abs(level - other[x + dx, y + dy]) <= LevelTolerance)
                return true;
        }
        return false;
    }
}
