namespace Portal.ApiTokens.Endpoints;

/// <summary>Who is calling: the account, its roles and clearance of now, and how it authenticated.</summary>
public sealed record MeResponse(
    string UserName,
    string FullName,
    string Position,
    IReadOnlyList<string> Roles,
    string Clearance,
    string Tenant,
    string AuthenticatedBy,
    IReadOnlyList<string> Scopes);
