using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>The box around the dark pixels of an 8-bit layer above a given row, so recognition reads only that.</summary>
internal static class InkBounds
{
    public static unsafe Box? Above(Pix layer, int bottom, int pad)
    {
        int width = layer.Width, wpl = layer.Wpl;
        bottom = Math.Min(layer.Height, bottom);
        var data = layer.Data;
        int left = width, right = -1, top = -1, last = -1;
        for (var y = 0; y < bottom; y++)
        {
            var row = (byte*)(data + y * wpl);
            for (var x = 0; x < width; x++)
            {
                if (row[x ^ 3] >= 128)
                    continue;
                if (top < 0)
                    top = y;
                last = y;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
            }
        }
        if (top < 0)
            return null;
        return new Box(Math.Max(0, left - pad), Math.Max(0, top - pad), Math.Min(width, right + 1 + pad), Math.Min(bottom, last + 1 + pad));
    }
}
