namespace Portal.Templates;

/// <summary>
/// A document type of Decree 30/2020 (Phụ lục III): its code in addresses and recipes, its name, and the
/// abbreviation used in the symbol (none for a công văn, whose subject follows "V/v" under the number).
/// </summary>
public sealed record DocumentType(string Code, string Name, string? Abbreviation)
{
    public bool IsCongVan => Abbreviation is null;
}
