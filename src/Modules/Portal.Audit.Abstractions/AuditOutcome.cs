namespace Portal.Audit;

public enum AuditOutcome
{
    Succeeded = 0,
    Denied = 1,
    Failed = 2,
}
