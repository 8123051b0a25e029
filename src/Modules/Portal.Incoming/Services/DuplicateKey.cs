using System.Globalization;
using System.Text;

namespace Portal.Incoming.Services;

/// <summary>
/// Sender, number and symbol, and date, folded so that "UBND tỉnh  Nghệ An" and "ubnd tỉnh nghệ an" or
/// "12 / QĐ-UBND" and "12/QĐ-UBND" meet: compared as one stored key, never with a provider's LIKE.
/// </summary>
internal static class DuplicateKey
{
    public static string Of(string sender, string numberSymbol, DateOnly date)
    {
        var key = $"{Fold(sender)}|{Fold(numberSymbol)}|{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return key.Length <= 450 ? key : key[..450];
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (!char.IsWhiteSpace(c))
                folded.Append(c);
        }
        return folded.ToString();
    }
}
