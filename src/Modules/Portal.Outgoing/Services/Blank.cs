using Portal.Signing;

namespace Portal.Outgoing.Services;

/// <summary>A room left on the signed page: from the end of the word before it to the start of the word after, on that word's baseline and at its size.</summary>
internal sealed record Blank(double Left, double Right, double Baseline, double Size)
{
    public double Width => Right - Left;

    /// <summary>The text centred in the room; digits of the standard Times fonts are half an em wide.</summary>
    public FilledText Write(string digits, bool italic) =>
        new(Left + (Width - digits.Length * Size / 2) / 2, Baseline, Size, italic, digits);
}
