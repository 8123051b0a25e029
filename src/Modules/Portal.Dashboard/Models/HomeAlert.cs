namespace Portal.Dashboard.Models;

/// <summary>A rights-change alert as the home page shows it: people by name, and the document's page when it has one.</summary>
public sealed record HomeAlert(long Id, string Text, string? Link, DateTime CreatedUtc);
