namespace Portal.Dossiers.Services;

/// <summary>A catalogue line as the form, the API or a recipe gives it; <see cref="Responsible"/> is a user name, <see cref="Retention"/> "vĩnh viễn" or a number of years.</summary>
public sealed record CatalogueInput(int? Year, string? Unit, string? Code, string? Title, string? Retention, string? Responsible, string? Notes);
