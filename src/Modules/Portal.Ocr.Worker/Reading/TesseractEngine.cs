using System.Runtime.InteropServices;
using Portal.Ocr.Worker.Imaging;
using Portal.Ocr.Worker.Interop;

namespace Portal.Ocr.Worker.Reading;

/// <summary>One libtesseract instance with Vietnamese data; one per worker process, used by one thread.</summary>
internal sealed class TesseractEngine : IDisposable
{
    private readonly IntPtr _api;
    private int _lineOffset;

    public TesseractEngine()
    {
        _api = Tesseract.TessBaseAPICreate();
        if (_api == IntPtr.Zero || Tesseract.TessBaseAPIInit3(_api, null, "vie") != 0)
            throw new OcrRefusal("Không khởi động được bộ nhận dạng chữ (thiếu dữ liệu tiếng Việt của tesseract).");
        // Its notes ("Estimating resolution…") would mix with the worker's protocol on the standard streams.
        Tesseract.TessBaseAPISetVariable(_api, "debug_file", "/dev/null");
    }

    /// <summary>Sets the page every following <see cref="Recognize"/> reads.</summary>
    public void SetPage(Pix page)
    {
        Tesseract.TessBaseAPISetImage2(_api, page.Handle);
        Tesseract.TessBaseAPISetSourceResolution(_api, 300);
    }

    /// <summary>Recognises the whole page or a region of it with the given page segmentation mode.</summary>
    public List<OcrWord> Recognize(int segmentation, Box? region = null)
    {
        Tesseract.TessBaseAPISetPageSegMode(_api, segmentation);
        if (region is { } r)
            Tesseract.TessBaseAPISetRectangle(_api, r.Left, r.Top, r.Width, r.Height);
        // It fails only when it cannot get its memory (the worker's data limit): an empty reading would pass for a blank page.
        if (Tesseract.TessBaseAPIRecognize(_api, IntPtr.Zero) != 0)
            throw new OcrRefusal(Pix.OutOfMemory);
        var text = Tesseract.TessBaseAPIGetTsvText(_api, 0);
        try
        {
            // Each call numbers its lines from 1 again: an offset keeps lines of different calls apart.
            _lineOffset += 10_000_000;
            return TsvWords.Parse(Marshal.PtrToStringUTF8(text) ?? "", _lineOffset);
        }
        finally
        {
            Tesseract.TessDeleteText(text);
        }
    }

    public void Dispose()
    {
        Tesseract.TessBaseAPIEnd(_api);
        Tesseract.TessBaseAPIDelete(_api);
    }
}
