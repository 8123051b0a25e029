using System.Security.Claims;
using Portal.Access;
using Portal.Core.Security;
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
    public static string Decision(string action) => SecretDecisionNotice.Actions.TryGetValue(action, out var name) ? name
        : "Cơ quan ban hành đã tiêu hủy văn bản (bản của cơ quan chờ quyết định)";

    /// <summary>Who a decision not made by a signed-in person is recorded as: the system at a period's end, or the issuing agency.</summary>
    public static ClaimsPrincipal Decider(string name) => new(new ClaimsIdentity([new Claim(PortalClaims.FullName, name)]));

    public static string Status(SecretStatus status) => status switch
    {
        SecretStatus.Protected => "Đang bảo vệ",
        SecretStatus.Declassified => "Đã giải mật",
        _ => "Đã tiêu hủy",
    };
}
