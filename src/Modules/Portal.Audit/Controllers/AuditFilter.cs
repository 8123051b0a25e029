namespace Portal.Audit.Controllers;

public sealed class AuditFilter
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? User { get; set; }
    public string? Action { get; set; }
    public int Page { get; set; } = 1;
}
