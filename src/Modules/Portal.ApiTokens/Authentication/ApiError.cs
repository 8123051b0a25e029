namespace Portal.ApiTokens.Authentication;

public sealed record ApiError(string Error, string Message);
