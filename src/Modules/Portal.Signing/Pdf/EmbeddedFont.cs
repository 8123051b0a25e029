using System.Globalization;
using System.IO.Compression;
using SkiaSharp;
using UglyToad.PdfPig.Core;

namespace Portal.Signing.Pdf;

/// <summary>
/// A TrueType font written whole into the update (FontFile2, deflated) with WinAnsi encoding and the
/// widths of the printable ASCII characters it draws, so every reader shows the same glyphs: Liberation
/// Serif from fonts-liberation2, which has the metrics of Times New Roman the document is set in.
/// </summary>
internal static class EmbeddedFont
{
    private const int First = 32, Last = 126;

    public static IndirectReference Write(UpdateWriter writer, string path, string name, bool italic)
    {
        var bytes = File.Exists(path) ? File.ReadAllBytes(path)
            : throw new SigningException("Máy chủ thiếu phông chữ Liberation Serif (gói fonts-liberation2) để điền số và ngày.");
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(bytes))
            ?? throw new SigningException("Phông chữ Liberation Serif trên máy chủ không đọc được.");
        using var font = new SKFont(typeface, 1000);
        var widths = Enumerable.Range(First, Last - First + 1).Select(c => Number(font.MeasureText(((char)c).ToString())));
        var metrics = font.Metrics;

        var file = writer.Reserve();
        writer.WriteStreamObject(file, $"/Length1 {bytes.Length} /Filter /FlateDecode", Deflate(bytes));
        var descriptor = writer.Reserve();
        writer.WriteObject(descriptor,
            $"<</Type /FontDescriptor /FontName /{name} /Flags {(italic ? 98 : 34)} "
            + $"/FontBBox [{Number(metrics.XMin)} {Number(-metrics.Bottom)} {Number(metrics.XMax)} {Number(-metrics.Top)}] "
            + $"/ItalicAngle {(italic ? -15 : 0)} /Ascent {Number(-metrics.Ascent)} /Descent {Number(-metrics.Descent)} "
            + $"/CapHeight {Number(metrics.CapHeight)} /StemV 80 /FontFile2 {file.ObjectNumber} 0 R>>");
        var reference = writer.Reserve();
        writer.WriteObject(reference,
            $"<</Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar {First} /LastChar {Last} /Widths [{string.Join(' ', widths)}] "
            + $"/Encoding /WinAnsiEncoding /FontDescriptor {descriptor.ObjectNumber} 0 R>>");
        return reference;
    }

    private static string Number(float value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }
}
