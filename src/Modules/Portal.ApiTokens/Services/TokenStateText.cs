using Portal.ApiTokens.Models;

namespace Portal.ApiTokens.Services;

public static class TokenStateText
{
    public static TokenState Of(ApiToken token, string? currentStamp, DateTime nowUtc) =>
        token.RevokedUtc is not null ? TokenState.Revoked
        : token.ExpiresUtc <= nowUtc ? TokenState.Expired
        : currentStamp is null || currentStamp != token.SecurityStamp ? TokenState.Invalidated
        : TokenState.Active;

    public static string Text(TokenState state) => state switch
    {
        TokenState.Active => "Đang dùng được",
        TokenState.Expired => "Đã hết hạn",
        TokenState.Revoked => "Đã thu hồi",
        _ => "Mất hiệu lực (tài khoản đã đổi mật khẩu hoặc bị đăng xuất khỏi mọi phiên)",
    };
}
