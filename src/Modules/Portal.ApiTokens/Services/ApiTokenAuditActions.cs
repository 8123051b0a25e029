namespace Portal.ApiTokens.Services;

/// <summary>The audit trail's action codes for tokens (their names are in AuditActions).</summary>
public static class ApiTokenAuditActions
{
    public const string Created = Portal.Audit.AuditActions.ApiTokenCreated;
    public const string Revoked = Portal.Audit.AuditActions.ApiTokenRevoked;
    public const string TargetKind = "api-token";
}
