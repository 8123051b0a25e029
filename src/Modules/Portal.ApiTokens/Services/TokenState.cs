namespace Portal.ApiTokens.Services;

public enum TokenState
{
    Active,
    Expired,
    Revoked,
    /// <summary>The account's security stamp changed (password reset, signed out everywhere, disabled): the token is dead.</summary>
    Invalidated,
}
