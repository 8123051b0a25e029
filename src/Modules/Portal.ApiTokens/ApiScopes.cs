namespace Portal.ApiTokens;

/// <summary>
/// What a token may be used for. A token reaches only endpoints that name a scope it has (and, with
/// <see cref="Read"/>, the reading of protected documents through the access check); a browser
/// session is not limited by scopes, only by roles.
/// </summary>
public static class ApiScopes
{
    public const string Read = "api:read";
    public const string AuditRead = "audit:read";
    public const string UsersRead = "users:read";

    /// <summary>The fixed list a person chooses from, with what each allows, in Vietnamese.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Read] = "Đọc: thông tin của tôi, tài liệu tôi được tiếp cận",
        [AuditRead] = "Đọc nhật ký truy cập (cán bộ bảo vệ bí mật nhà nước)",
        [UsersRead] = "Đọc danh sách người dùng (quản trị hệ thống)",
    };

    /// <summary>The authorization policy that requires <paramref name="scope"/> of a token (and nothing of a browser).</summary>
    public static string Policy(string scope) => "portal:scope:" + scope;
}
