using System.Globalization;
using System.Text;

namespace Portal.Signing.Pdf;

/// <summary>How Portal's own update writes values into PDF syntax.</summary>
internal static class PdfText
{
    /// <summary>A text string in UTF-16BE with its byte-order mark, written as hex: any Vietnamese name survives, and nothing needs escaping.</summary>
    public static string String(string value)
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(value)).ToArray();
        return "<" + Convert.ToHexString(bytes) + ">";
    }

    /// <summary>A PDF date, "D:YYYYMMDDHHmmSS+07'00'".</summary>
    public static string Date(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return "(D:" + time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            + $"{sign}{abs.Hours:D2}'{abs.Minutes:D2}')";
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
