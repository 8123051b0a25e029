namespace Portal.ApiTokens.Endpoints;

public sealed record UserResponse(string UserName, string FullName, string Position, IReadOnlyList<string> Roles, string Clearance, bool Disabled);
