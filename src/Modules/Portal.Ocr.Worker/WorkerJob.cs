using Portal.Files;
using Portal.Ocr.Worker.Fields;
using Portal.Ocr.Worker.Input;
using Portal.Ocr.Worker.Layout;
using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker;

/// <summary>One file from its bytes to text and fields, page by page, each page's images freed before the next.</summary>
internal static class WorkerJob
{
    public static OcrResult Run(string path, string? name, WorkerLimits limits, bool preprocess, Action<OcrProgress> progress,
        Action<PageZones, List<TextLine>>? zonesOut = null)
    {
        var file = UntrustedFile.Open(path, name, limits);
        using IPageSource source = file.Kind == StoredFileKind.Pdf ? new PdfPages(file, limits) : new ImagePages(file, limits);
        TesseractEngine? engine = null;
        try
        {
            var reader = new PageReader(() => engine ??= new TesseractEngine(), preprocess);
            var pages = new List<PageZones>();
            var red = new List<TextLine>();
            var fromTextLayer = true;
            for (var i = 0; i < source.Count; i++)
            {
                progress(new OcrProgress(i + 1, source.Count));
                using var page = source.Page(i);
                fromTextLayer &= page.Words != null;
                var (zones, redLines) = reader.Read(page);
                pages.Add(zones);
                red.AddRange(redLines);
                zonesOut?.Invoke(zones, redLines);
            }
            var fields = LetterFields.Extract(pages, red);
            return new OcrResult
            {
                Text = string.Join('\n', pages.SelectMany(p => p.ReadingOrder).Select(l => l.Text)),
                Pages = source.Count,
                FromTextLayer = fromTextLayer,
                Fields = fields.Values,
                Confidence = fields.Confidence,
                PeakMemoryBytes = PeakMemory.Read(),
            };
        }
        finally
        {
            engine?.Dispose();
        }
    }
}
