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

    public static string Status(SecretStatus status) => status == SecretStatus.Protected ? "Đang bảo vệ" : "Đã giải mật";
}
