using Portal.Ocr.Worker.Imaging;
using Portal.Ocr.Worker.Input;
using Portal.Ocr.Worker.Interop;
using Portal.Ocr.Worker.Layout;
using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker;

/// <summary>Reads one page into zones: recognition of the prepared page, layout, and the red layer for the stamps.</summary>
internal sealed class PageReader(Func<TesseractEngine> engine, bool preprocess)
{
    public (PageZones Zones, List<TextLine> RedLines) Read(SourcePage page)
    {
        if (page.Words is { } textLayer)
        {
            var layout = new PageLayout((top, bottom) => InkProfile.Columns(textLayer, page.Width, top, bottom), null, null);
            return (layout.Analyse(LineBuilder.Build(textLayer), page.Height), []);
        }
        using var prepared = PagePreparation.Prepare(page.Image!, preprocess);
        var tesseract = engine();
        tesseract.SetPage(prepared.Text);
        var lines = LineBuilder.Build(tesseract.Recognize(Tesseract.PageSegAuto));
        // A colour page's seal faded with the red: the first reading already has the signer's column whole.
        var readAgain = prepared.SealFaded ? null : new RegionReader(
            column => LineBuilder.Build(tesseract.Recognize(Tesseract.PageSegSingleBlock, column)), box => ReadLine(tesseract, box));
        var zones = new PageLayout((top, bottom) => InkProfile.Columns(prepared.Text, top, bottom), (line, gutter) => Reread(tesseract, line, gutter), readAgain)
            .Analyse(lines, prepared.Text.Height);
        if (prepared.Red is not { } red)
            return (zones, []);
        // Stamps sit above the signature; below it the red is the seal, whose ring text is only noise.
        var bottom = (int)((long)zones.FooterTop * red.Height / prepared.Text.Height);
        // Only the box around the stamps is read: the rest of the red layer is white and costs as much as a page.
        if (InkBounds.Above(red, bottom, red.Width / 100) is not { } stamps)
            return (zones, []);
        StampFrames.Erase(red, stamps);
        tesseract.SetPage(red);
        var redWords = tesseract.Recognize(Tesseract.PageSegSparse, stamps);
        return (zones, LineBuilder.Build(redWords.Where(w => w.Box.Bottom < bottom)));
    }

    /// <summary>A line whose words were glued across the channel between columns, read again as two halves.</summary>
    private static IReadOnlyList<TextLine> Reread(TesseractEngine tesseract, TextLine line, int gutter)
    {
        var pad = line.Height / 3;
        var top = Math.Max(0, line.Top - pad);
        var bottom = line.Bottom + pad;
        var halves = new[]
        {
            new Box(Math.Max(0, line.Box.Left - pad), top, gutter, bottom),
            new Box(gutter, top, line.Box.Right + pad, bottom),
        };
        return [.. halves.Where(b => b.Width > 4).SelectMany(b => ReadLine(tesseract, b))];
    }

    private static List<TextLine> ReadLine(TesseractEngine tesseract, Box box) =>
        LineBuilder.Build(tesseract.Recognize(Tesseract.PageSegSingleLine, box));
}
