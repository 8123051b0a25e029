using System.Runtime.Intrinsics;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Splits a colour page into the black text layer and the red layer. Text is grey = the brightest
/// channel, so red stamps and seals and blue signatures fade to white while black print stays; the
/// red layer keeps only clearly red pixels (stamps: MẬT, KHẨN…), black on white.
/// </summary>
internal static class ColourSplit
{
    private const int MinRedness = 70;

    // Leptonica keeps a 32-bit pixel as 0xRRGGBBAA and 8-bit pixels four to a word, the first in the
    // high byte: the low bytes of four lanes, taken in reverse, make one word of the 8-bit row.
    private static readonly Vector128<byte> LowBytesReversed = Vector128.Create((byte)12, 8, 4, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255);

    // A page is some nine million pixels: four at a time.
    public static unsafe (Pix Text, Pix Red, int RedPixels) Split(Pix colour)
    {
        var width = colour.Width;
        var height = colour.Height;
        var text = Pix.Blank(width, height);
        var red = Pix.Blank(width, height);
        var redLanes = Vector128<int>.Zero;
        var redPixels = 0;
        uint* source = colour.Data, textData = text.Data, redData = red.Data;
        int sourceWpl = colour.Wpl, grayWpl = text.Wpl;
        var minRedness = Vector128.Create(MinRedness);
        for (var y = 0; y < height; y++)
        {
            var row = source + y * sourceWpl;
            var textRow = textData + y * grayWpl;
            var redRow = redData + y * grayWpl;
            var x = 0;
            for (; x + 4 <= width; x += 4)
            {
                var rgb = Vector128.Load(row + x) >> 8;
                var greenBlue = Vector128.Max(rgb.AsByte(), (rgb >> 8).AsByte()).AsUInt32();
                var brightest = Vector128.Max(greenBlue.AsByte(), (rgb >> 16).AsByte());
                var isRed = Vector128.GreaterThan((rgb >> 16).AsInt32() - (greenBlue & Vector128.Create(0xFFu)).AsInt32(), minRedness);
                textRow[x / 4] = Vector128.Shuffle(brightest, LowBytesReversed).AsUInt32().ToScalar();
                redRow[x / 4] = Vector128.Shuffle((~isRed).AsByte(), LowBytesReversed).AsUInt32().ToScalar();
                redLanes -= isRed;
            }
            for (; x < width; x++)
            {
                var pixel = row[x];
                int r = (int)(pixel >> 24), g = (int)(pixel >> 16) & 0xFF, b = (int)(pixel >> 8) & 0xFF;
                ((byte*)textRow)[x ^ 3] = (byte)Math.Max(r, Math.Max(g, b));
                var isRed = r - Math.Max(g, b) > MinRedness;
                ((byte*)redRow)[x ^ 3] = isRed ? (byte)0 : (byte)255;
                if (isRed)
                    redPixels++;
            }
        }
        return (text, red, redPixels + Vector128.Sum(redLanes));
    }
}
