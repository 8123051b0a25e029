using System.Text;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>Reads a PDF text string written either literally or in hex, in PDFDocEncoding or UTF-16BE with its mark.</summary>
internal static class PdfStrings
{
    public static string? Text(IToken? token) => token switch
    {
        HexToken hex => Decode(hex.Bytes.ToArray()),
        StringToken text => text.Data,
        _ => null,
    };

    public static byte[]? Bytes(IToken? token) => token switch
    {
        HexToken hex => hex.Bytes.ToArray(),
        StringToken text => text.GetBytes(),
        _ => null,
    };

    private static string Decode(byte[] bytes) =>
        bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
}
