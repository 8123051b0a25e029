using Portal.ApiTokens.Models;

namespace Portal.ApiTokens.Services;

/// <summary>A token just created, with its secret: the only moment the secret exists outside the script that holds it.</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);
