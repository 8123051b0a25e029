namespace Portal.Ocr.Worker.Layout;

/// <summary>The white channel between two columns: the widest run of ink-free columns in a range, or the faintest column.</summary>
internal static class Gutter
{
    public static int Find(int[] inkPerColumn, int from, int to)
    {
        from = Math.Clamp(from, 0, inkPerColumn.Length - 1);
        to = Math.Clamp(to, from, inkPerColumn.Length - 1);
        var floor = inkPerColumn[from..(to + 1)].Min();
        int bestStart = from, bestLength = 0, runStart = -1;
        for (var x = from; x <= to + 1; x++)
        {
            var clear = x <= to && inkPerColumn[x] <= floor;
            if (clear && runStart < 0)
                runStart = x;
            if (!clear && runStart >= 0)
            {
                if (x - runStart > bestLength)
                    (bestStart, bestLength) = (runStart, x - runStart);
                runStart = -1;
            }
        }
        return bestStart + bestLength / 2;
    }
}
