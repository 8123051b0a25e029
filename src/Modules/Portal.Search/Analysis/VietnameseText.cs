using System.Globalization;
using System.Text;

namespace Portal.Search.Analysis;

/// <summary>
/// Vietnamese text as the index compares it: composed (NFC, so a decomposed "ậ" from a DOCX equals the
/// typed one), lower case; folded means without tone and vowel marks, "đ" as "d" ("bảo mật" → "bao mat").
/// </summary>
public static class VietnameseText
{
    public static string Normal(string text) => text.Normalize(NormalizationForm.FormC);

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(c == 'đ' ? 'd' : c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the word carries a mark: then only that exact spelling matches ("mật" never finds "mặt" or "mất").</summary>
    public static bool HasMarks(string word) => Fold(word) != word.ToLowerInvariant().Normalize(NormalizationForm.FormC);
}
