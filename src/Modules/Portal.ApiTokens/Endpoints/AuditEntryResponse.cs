namespace Portal.ApiTokens.Endpoints;

public sealed record AuditEntryResponse(
    long Position,
    DateTime TimestampUtc,
    string UserName,
    string Action,
    string ActionName,
    string Outcome,
    string TargetKind,
    string TargetId,
    string RemoteAddress,
    string Details);
