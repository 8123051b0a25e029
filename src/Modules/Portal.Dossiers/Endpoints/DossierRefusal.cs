namespace Portal.Dossiers.Endpoints;

public sealed record DossierRefusal(string Code, string Message, IReadOnlyList<string> Errors);
