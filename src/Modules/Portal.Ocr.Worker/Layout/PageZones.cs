using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Layout;

/// <summary>A page's lines by the part of an official letter they belong to, each part top to bottom.</summary>
internal sealed class PageZones
{
    public List<TextLine> HeaderLeft { get; } = [];

    public List<TextLine> HeaderRight { get; } = [];

    public List<TextLine> Body { get; } = [];

    /// <summary>Lines that are only classification or urgency marks (MẬT, THƯỢNG KHẨN…), kept out of the body.</summary>
    public List<TextLine> Marks { get; } = [];

    public List<TextLine> FooterLeft { get; } = [];

    public List<TextLine> FooterRight { get; } = [];

    /// <summary>The signer's name (the column's last line) read again alone as one line, where a seal remains; the fields choose between the two readings.</summary>
    public TextLine? NameReadAgain { get; set; }

    public Box Content { get; set; }

    /// <summary>Where the footer (Nơi nhận, signature) starts; the page height when there is none.</summary>
    public int FooterTop { get; set; }

    public IEnumerable<TextLine> ReadingOrder => [.. HeaderLeft, .. HeaderRight, .. Body, .. FooterLeft, .. FooterRight];
}
