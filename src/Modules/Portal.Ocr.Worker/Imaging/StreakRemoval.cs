namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Removes the long horizontal streaks a fax machine draws across a page: a row whose dark run spans
/// much of the width is whitened, except where a stroke crosses it (dark just above and below the band).
/// </summary>
internal static class StreakRemoval
{
    private const byte Dark = 128;

    public static unsafe int Apply(Pix gray)
    {
        int width = gray.Width, height = gray.Height, wpl = gray.Wpl;
        var data = gray.Data;
        byte* Row(int y) => (byte*)(data + y * wpl);
        var streak = new bool[height];
        for (var y = 0; y < height; y++)
            streak[y] = LongestDarkRun(Row(y), width) > width * 2 / 5;
        var removed = 0;
        for (var y = 0; y < height; y++)
        {
            if (!streak[y])
                continue;
            var top = y;
            while (y + 1 < height && streak[y + 1])
                y++;
            var bottom = y;
            if (bottom - top > 6)
                continue;
            var above = top > 1 ? Row(top - 2) : null;
            var below = bottom + 2 < height ? Row(bottom + 2) : null;
            for (var x = 0; x < width; x++)
            {
                var crossed = above != null && below != null && above[x ^ 3] < Dark && below[x ^ 3] < Dark;
                if (crossed)
                    continue;
                for (var band = top; band <= bottom; band++)
                    Row(band)[x ^ 3] = 255;
            }
            removed++;
        }
        return removed;
    }

    private static unsafe int LongestDarkRun(byte* row, int width)
    {
        int longest = 0, run = 0, gaps = 0;
        for (var x = 0; x < width; x++)
        {
            if (row[x ^ 3] < Dark)
            {
                run++;
                gaps = 0;
            }
            else if (++gaps > 3)
            {
                // A streak may have pinholes; a gap of a few pixels does not end it.
                run = 0;
            }
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
