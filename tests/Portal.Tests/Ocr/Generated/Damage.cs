namespace Portal.Tests.Ocr.Generated;

/// <summary>How a generated letter reaches the clerk: scanned in colour, faxed, or photographed.</summary>
public enum Damage
{
    Scan,
    Fax,
    Photo,
}
