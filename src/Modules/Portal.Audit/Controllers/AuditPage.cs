using Portal.Audit.Models;

namespace Portal.Audit.Controllers;

public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditEntry> Entries, int Total, int Pages);
