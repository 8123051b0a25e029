namespace Portal.Audit.Services;

public static class AuditOutcomeText
{
    public static string Of(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "Thành công",
        AuditOutcome.Denied => "Bị từ chối",
        _ => "Không thành công",
    };
}
