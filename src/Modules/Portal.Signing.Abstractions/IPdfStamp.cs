namespace Portal.Signing;

/// <summary>
/// Marks every page of a PDF with a framed block of lines (a copy's "Bản số", the person and the time) in
/// an incremental update: the original's bytes, text and signatures stay as they were, and the block is
/// an image, so any Vietnamese name shows without a font to embed.
/// </summary>
public interface IPdfStamp
{
    /// <summary>
    /// The file with the block at the top right of every page and, when <paramref name="mark"/> is given, a red block of those
    /// lines at the top left (a declassified document's GIẢI MẬT stamp, where its classification stood); throws
    /// <see cref="SigningException"/> (Vietnamese message) when it cannot.
    /// </summary>
    byte[] Stamp(byte[] pdf, IReadOnlyList<string> lines, IReadOnlyList<string>? mark = null);
}
