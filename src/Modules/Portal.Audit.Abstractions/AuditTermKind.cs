namespace Portal.Audit;

public enum AuditTermKind
{
    Action = 1,
    Target = 2,
}
