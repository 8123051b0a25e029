using Portal.Access;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>The register's words for levels and states, as the register and its page show them.</summary>
public static class SecretText
{
    public static string Level(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Mat => "Mật",
        SecrecyLevel.ToiMat => "Tối mật",
        _ => "Đã giải mật",
    };

    /// <summary>A decision's name as its record shows it.</summary>
    public static string Decision(string action) => action switch
    {
        SecretDecisions.Extend => "Gia hạn",
        SecretDecisions.Downgrade => "Giảm độ mật",
        SecretDecisions.Declassify => "Giải mật",
        SecretDecisions.Destroy => "Tiêu hủy",
        _ => "Tự động giải mật khi hết thời hạn",
    };

    public static string Status(SecretStatus status) => status switch
    {
        SecretStatus.Protected => "Đang bảo vệ",
        SecretStatus.Declassified => "Đã giải mật",
        _ => "Đã tiêu hủy",
    };
}
