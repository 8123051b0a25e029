using Portal.ApiTokens.Services;

namespace Portal.ApiTokens.Controllers;

public sealed record TokenRow(int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedUtc, DateTime ExpiresUtc,
    DateTime? LastUsedUtc, TokenState State);
