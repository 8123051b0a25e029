namespace Portal.Audit;

public static class AuditFeature
{
    public const string Id = "Portal.Audit";
}
