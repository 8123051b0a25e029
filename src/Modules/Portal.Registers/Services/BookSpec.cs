namespace Portal.Registers.Services;

/// <summary>A book as the admin's form gives it: raw text, checked by <see cref="RegisterAdministration"/>.</summary>
public sealed record BookSpec(string? Code, string? Name, RegisterKind? Kind, IReadOnlyDictionary<RegisterColumn, string?> Positions);
