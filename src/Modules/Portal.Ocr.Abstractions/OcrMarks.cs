using System.Globalization;
using System.Text;

namespace Portal.Ocr;

/// <summary>The classification and urgency marks as read, compared on their letters (case and diacritics aside).</summary>
public static class OcrMarks
{
    public const string TopSecretRefusal =
        "Văn bản mang dấu độ mật TUYỆT MẬT: không được vào sổ, lưu hay xử lý trong hệ thống này. " +
        "Đề nghị chuyển bản giấy cho người có thẩm quyền xử lý theo quy định về bảo vệ bí mật nhà nước.";

    public static bool IsTopSecret(string classification) => Fold(classification).Contains("TUYET MAT", StringComparison.Ordinal);

    /// <summary>"mat", "toi-mat", "tuyet-mat" or "" from the mark as read.</summary>
    public static string Level(string classification)
    {
        var folded = Fold(classification);
        return folded.Contains("TUYET MAT", StringComparison.Ordinal) ? "tuyet-mat"
            : folded.Contains("TOI MAT", StringComparison.Ordinal) ? "toi-mat"
            : folded.Contains("MAT", StringComparison.Ordinal) ? "mat" : "";
    }

    /// <summary>"khan", "thuong-khan", "hoa-toc" or "" from the urgency mark as read.</summary>
    public static string Urgency(string urgency)
    {
        var folded = Fold(urgency);
        return folded.Contains("HOA TOC", StringComparison.Ordinal) ? "hoa-toc"
            : folded.Contains("THUONG KHAN", StringComparison.Ordinal) ? "thuong-khan"
            : folded.Contains("KHAN", StringComparison.Ordinal) ? "khan" : "";
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return string.Join(' ', folded.ToString().ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
