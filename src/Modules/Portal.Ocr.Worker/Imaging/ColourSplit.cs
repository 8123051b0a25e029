using System.Runtime.CompilerServices;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Splits a colour page into the black text layer and the red layer. Text is grey = the brightest
/// channel, so red stamps and seals and blue signatures fade to white while black print stays; the
/// red layer keeps only clearly red pixels (stamps: MẬT, KHẨN…), black on white.
/// </summary>
internal static class ColourSplit
{
    private const int MinRedness = 70;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe (Pix Text, Pix Red, int RedPixels) Split(Pix colour)
    {
        var width = colour.Width;
        var height = colour.Height;
        var text = Pix.Blank(width, height);
        var red = Pix.Blank(width, height);
        var redPixels = 0;
        uint* source = colour.Data, textData = text.Data, redData = red.Data;
        int sourceWpl = colour.Wpl, grayWpl = text.Wpl;
        for (var y = 0; y < height; y++)
        {
            var row = source + y * sourceWpl;
            var textRow = (byte*)(textData + y * grayWpl);
            var redRow = (byte*)(redData + y * grayWpl);
            for (var x = 0; x < width; x++)
            {
                var pixel = row[x];
                int r = (int)(pixel >> 24), g = (int)(pixel >> 16) & 0xFF, b = (int)(pixel >> 8) & 0xFF;
                // Leptonica keeps 8-bit pixels in 32-bit words in big-endian order: byte x of a row is at x ^ 3.
                textRow[x ^ 3] = (byte)Math.Max(r, Math.Max(g, b));
                var isRed = r - Math.Max(g, b) > MinRedness;
                redRow[x ^ 3] = isRed ? (byte)0 : (byte)255;
                if (isRed)
                    redPixels++;
            }
        }
        return (text, red, redPixels);
    }
}
