using SkiaSharp;

namespace Portal.BrowserTests;

/// <summary>A picture as grey levels (0 black … 255 white), to compare a preview's screenshot with a printed page.</summary>
public sealed class GreyImage
{
    /// <summary>Darker than this is ink: text, rules, the marks' red.</summary>
    private const int Ink = 200;

    private readonly byte[] _levels;

    private GreyImage(int width, int height, byte[] levels)
    {
        Width = width;
        Height = height;
        _levels = levels;
    }

    public int Width { get; }
    public int Height { get; }

    public byte this[int x, int y] => x < 0 || y < 0 || x >= Width || y >= Height ? (byte)255 : _levels[y * Width + x];

    public static GreyImage Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not an image.");
        var levels = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var c = bitmap.GetPixel(x, y);
            levels[y * bitmap.Width + x] = (byte)((c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000);
        }
        return new GreyImage(bitmap.Width, bitmap.Height, levels);
    }

    /// <summary>The part from (<paramref name="left"/>, <paramref name="top"/>), <paramref name="width"/> × <paramref name="height"/> pixels; white beyond the edges.</summary>
    public GreyImage Crop(int left, int top, int width, int height)
    {
        var levels = new byte[width * height];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            levels[y * width + x] = this[left + x, top + y];
        return new GreyImage(width, height, levels);
    }

    /// <summary>The top-left corner of the inked part, so two renderings of one page can be aligned on it.</summary>
    public (int X, int Y) InkOrigin()
    {
        int left = Width, top = Height;
        for (var y = 0; y < Height; y++)
        for (var x = 0; x < Width; x++)
        {
            if (_levels[y * Width + x] >= Ink)
                continue;
            left = Math.Min(left, x);
            top = Math.Min(top, y);
        }
        return left == Width ? (0, 0) : (left, top);
    }

    /// <summary>The lowest inked row plus one (0 when blank).</summary>
    public int InkBottom()
    {
        for (var y = Height - 1; y >= 0; y--)
        for (var x = 0; x < Width; x++)
        {
            if (_levels[y * Width + x] < Ink)
                return y + 1;
        }
        return 0;
    }
}
