using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Layout;

/// <summary>
/// Reads a box of the page again on its own: as one block (the signer's column, an agency's name read faintly) or
/// as one line (the signer's name). Given to the layout only where a black seal remains over the signature.
/// </summary>
internal sealed record RegionReader(Func<Box, IReadOnlyList<TextLine>> Block, Func<Box, IReadOnlyList<TextLine>> Line);
