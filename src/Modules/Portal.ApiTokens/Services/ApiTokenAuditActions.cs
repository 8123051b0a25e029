namespace Portal.ApiTokens.Services;

/// <summary>The audit trail's action codes for tokens (names for the audit page: "Tạo khóa truy cập API", "Thu hồi khóa truy cập API").</summary>
public static class ApiTokenAuditActions
{
    public const string Created = "apitoken.created";
    public const string Revoked = "apitoken.revoked";
    public const string TargetKind = "api-token";
}
