using System.Globalization;
using Portal.Access;

namespace Portal.Secrets;

/// <summary>
/// The protection periods of the law (DOMAIN.md §2.2: Mật 10 years, Tối mật 20), and a shorter period written on the
/// document itself, as the registration and drafting forms take it: whole years, from 1 up to the law's period for its level.
/// </summary>
public static class ProtectionLaw
{
    public static int Years(SecrecyLevel level) => level == SecrecyLevel.ToiMat ? 20 : 10;

    /// <summary>The period typed on a form ("" for none); a problem goes to <paramref name="errors"/> in words the clerk reads.</summary>
    public static int? Stated(string? text, SecrecyLevel? level, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var most = Years(level ?? SecrecyLevel.Mat);
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years >= 1 && years <= most)
            return years;
        errors.Add($"Thời hạn bảo vệ ghi trên văn bản phải là số năm từ 1 đến {most} (thời hạn luật định của độ mật); để trống nếu văn bản không ghi.");
        return null;
    }
}
