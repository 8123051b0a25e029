using System.IO.Compression;
using SkiaSharp;
using UglyToad.PdfPig.Core;

namespace Portal.Signing.Pdf;

/// <summary>
/// The visible signature block (and a copy's stamp), drawn as an image so any Vietnamese name shows without embedding a
/// font in every signature: a frame and the block's lines in Times New Roman metrics (fonts-liberation2).
/// </summary>
internal static class SignatureAppearance
{
    private const float Scale = 3f; // 216 dpi: sharp when printed, a few kilobytes once deflated.
    private const string SerifFont = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    /// <summary>The red of the secrecy stamps (DOMAIN.md §2.2: all in red ink).</summary>
    public static readonly SKColor Red = new(0xc0, 0x00, 0x00);

    private static readonly SKColor Blue = new(0x1a, 0x3d, 0x8f);

    public static IndirectReference Write(UpdateWriter writer, SignatureBox box, SKColor? ink = null)
    {
        var (width, height, rgb) = Draw(box, ink ?? Blue);
        var image = writer.Reserve();
        writer.WriteStreamObject(image,
            $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
            Deflate(rgb));
        var form = writer.Reserve();
        var w = PdfText.Number(box.Width);
        var h = PdfText.Number(box.Height);
        writer.WriteStreamObject(form,
            $"/Type /XObject /Subtype /Form /BBox [0 0 {w} {h}] /Resources <</XObject <</Im0 {image.ObjectNumber} 0 R>>>>",
            PdfText.Ascii($"q {w} 0 0 {h} 0 0 cm /Im0 Do Q"));
        return form;
    }

    private static (int Width, int Height, byte[] Rgb) Draw(SignatureBox box, SKColor ink)
    {
        var width = Math.Max(1, (int)Math.Round(box.Width * Scale));
        var height = Math.Max(1, (int)Math.Round(box.Height * Scale));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var frame = new SKPaint { Color = ink, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f * Scale, IsAntialias = true };
            canvas.DrawRect(frame.StrokeWidth / 2, frame.StrokeWidth / 2, width - frame.StrokeWidth, height - frame.StrokeWidth, frame);
            using var typeface = File.Exists(SerifFont) ? SKTypeface.FromFile(SerifFont) : SKTypeface.Default;
            var lines = box.Lines.Count == 0 ? [""] : box.Lines;
            var size = Math.Min(10f * Scale, (height - 8 * Scale) / lines.Count / 1.25f);
            using var font = new SKFont(typeface, size);
            using var text = new SKPaint { Color = ink, IsAntialias = true };
            var y = 4 * Scale + size;
            foreach (var line in lines)
            {
                canvas.DrawText(line.Normalize(System.Text.NormalizationForm.FormC), 5 * Scale, y, SKTextAlign.Left, font, text);
                y += size * 1.25f;
            }
        }
        var pixels = bitmap.Bytes;
        var rgb = new byte[width * height * 3];
        for (int source = 0, target = 0; source < pixels.Length; source += 4, target += 3)
        {
            rgb[target] = pixels[source];
            rgb[target + 1] = pixels[source + 1];
            rgb[target + 2] = pixels[source + 2];
        }
        return (width, height, rgb);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }
}
