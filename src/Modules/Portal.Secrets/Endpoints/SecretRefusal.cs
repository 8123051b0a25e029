namespace Portal.Secrets.Endpoints;

public sealed record SecretRefusal(string Code, string Message, IReadOnlyList<string> Errors);
