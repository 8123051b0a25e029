namespace Portal.Dossiers.Services;

/// <summary>An action the person may not take on a dossier they can see: a 403 with the reason in Vietnamese.</summary>
public sealed class DossierForbiddenException(string message) : Exception(message);
