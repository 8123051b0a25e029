namespace Portal.Signing;

/// <summary>A visible signature block: its page (from 1), its rectangle in PDF points from the page's lower left corner, and its lines of text.</summary>
public sealed record SignatureBox(int Page, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines);
