using Portal.Ocr.Worker.Interop;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// Turns a decoded page into what tesseract reads best: colour split (red stamps and seals out of the
/// text), fax pages brought to 300 dpi, streaks removed, skew corrected.
/// With preprocessing off the page is only converted to grey (the yardstick for measuring it).
/// </summary>
internal static class PagePreparation
{
    private const int TargetDpi = 300;
    private const int MinRedPixels = 400;

    public static PreparedPage Prepare(Pix page, bool preprocess)
    {
        if (!preprocess)
            return new PreparedPage(Pix.Own(Leptonica.pixConvertTo8(page.Handle, 0), Pix.OutOfMemory), null, sealFaded: false);
        Pix text;
        Pix? red = null;
        if (page.Depth == 32)
        {
            var (textLayer, redLayer, redPixels) = ColourSplit.Split(page);
            text = textLayer;
            if (redPixels >= MinRedPixels)
                red = redLayer;
            else
                redLayer.Dispose();
        }
        else
        {
            text = Pix.Own(Leptonica.pixConvertTo8(page.Handle, 0), Pix.OutOfMemory);
        }
        text = Upscale(text, page);
        // Streaks are drawn by fax machines, whose pages are never in colour.
        if (page.Depth != 32)
            StreakRemoval.Apply(text);
        // On a black-and-white page the stamps and the seal are black: frames out, letters stay.
        if (red == null)
            StampFrames.Erase(text);
        text = text.ReplacedBy(Leptonica.pixDeskew(text.Handle, 0));
        // The rings go after the skew is measured with them: erasing them first moved the angle, and the whole page's reading with it.
        if (red == null)
            SealRemoval.Apply(text);
        Leptonica.pixSetResolution(text.Handle, TargetDpi, TargetDpi);
        return new PreparedPage(text, red, sealFaded: page.Depth == 32);
    }

    /// <summary>
    /// Grey fax pages (200 dpi) are scaled to 300 dpi: tesseract wants letters about 30 pixels high. A
    /// 1-bit page is left as it is: interpolation turns its specks into grey blots that read as letters.
    /// </summary>
    private static Pix Upscale(Pix text, Pix original)
    {
        if (original.Depth == 1)
            return text;
        var dpi = original.Resolution;
        var scale = dpi is > 0 and < 250 ? (float)TargetDpi / dpi
            : dpi <= 0 && original.Width < 2000 ? 1.5f
            : 1f;
        return scale > 1f ? text.ReplacedBy(Leptonica.pixScale(text.Handle, scale, scale)) : text;
    }
}
