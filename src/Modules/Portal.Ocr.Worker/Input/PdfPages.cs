using System.Diagnostics;
using System.Globalization;
using Portal.Ocr.Worker.Imaging;
using Portal.Ocr.Worker.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Portal.Ocr.Worker.Input;

/// <summary>
/// A PDF: a page with a text layer is read from it (PdfPig) and not OCR'd; a scanned page is rasterised
/// at 300 dpi by poppler's pdftoppm into the job's private folder, read into memory and deleted at once.
/// </summary>
internal sealed class PdfPages : IPageSource
{
    private const int Dpi = 300;
    private const int MinTextLetters = 40;
    private static readonly TimeSpan RasterTime = TimeSpan.FromSeconds(60);
    private readonly PdfDocument _document;
    private readonly WorkerLimits _limits;
    private readonly DirectoryInfo _folder;
    private readonly string _copy;

    public PdfPages(UntrustedFile file, WorkerLimits limits)
    {
        _limits = limits;
        try
        {
            _document = PdfDocument.Open(file.Bytes);
            Count = _document.NumberOfPages;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new OcrRefusal("PDF được đặt mật khẩu: không đọc được. Hãy gửi bản không đặt mật khẩu.");
        }
        catch (Exception e) when (e is not OcrRefusal and not OutOfMemoryException)
        {
            throw new OcrRefusal("PDF hỏng hoặc không đúng định dạng: không đọc được.");
        }
        if (Count == 0)
            throw new OcrRefusal("PDF không có trang nào.");
        if (Count > limits.MaxPages)
        {
            _document.Dispose();
            throw new OcrRefusal($"PDF có {Count:N0} trang, quá giới hạn {limits.MaxPages} trang cho một lần nhận dạng: hãy chia nhỏ.");
        }
        _folder = Directory.CreateTempSubdirectory("portal-ocr-");
        _copy = Path.Combine(_folder.FullName, "in.pdf");
        File.WriteAllBytes(_copy, file.Bytes);
    }

    public int Count { get; }

    public SourcePage Page(int index)
    {
        UglyToad.PdfPig.Content.Page page;
        try
        {
            page = _document.GetPage(index + 1);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new OcrRefusal($"Trang {index + 1} của PDF hỏng: không đọc được.");
        }
        var scale = Dpi / 72.0;
        var width = (int)Math.Ceiling(page.Width * scale);
        var height = (int)Math.Ceiling(page.Height * scale);
        if (page.Letters.Count >= MinTextLetters)
        {
            var words = page.GetWords()
                .Select(w => new OcrWord(VietnameseLetters.Compose(w.Text),
                    new Box((int)(w.BoundingBox.Left * scale), (int)((page.Height - w.BoundingBox.Top) * scale),
                        (int)Math.Ceiling(w.BoundingBox.Right * scale), (int)Math.Ceiling((page.Height - w.BoundingBox.Bottom) * scale)),
                    1.0, 0))
                .Where(w => w.Text.Length > 0)
                .ToList();
            return SourcePage.FromText(TextLines.Assign(words), width, height);
        }
        return SourcePage.FromImage(Rasterise(index, width, height));
    }

    private Pix Rasterise(int index, int width, int height)
    {
        var dpi = Dpi;
        var pixels = (long)width * height;
        if (pixels > _limits.MaxPixels || width > _limits.MaxSide || height > _limits.MaxSide)
        {
            // An oversized page is drawn at a lower resolution rather than refused, down to 72 dpi.
            dpi = (int)(Dpi * Math.Min(Math.Sqrt((double)_limits.MaxPixels / pixels), (double)_limits.MaxSide / Math.Max(width, height)));
            if (dpi < 72)
                PixelBudget.Check(width, height, _limits);
        }
        var prefix = Path.Combine(_folder.FullName, "page");
        var output = prefix + ".png";
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", (index + 1).ToString(CultureInfo.InvariantCulture),
                     "-l", (index + 1).ToString(CultureInfo.InvariantCulture), "-png", "-singlefile", _copy, prefix })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new OcrRefusal("Không chạy được pdftoppm để chuyển trang PDF thành ảnh.");
        process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(RasterTime))
        {
            process.Kill(true);
            throw new OcrRefusal($"Trang {index + 1} của PDF vẽ quá lâu: tệp bị từ chối.");
        }
        if (process.ExitCode != 0 || !File.Exists(output))
            throw new OcrRefusal($"Trang {index + 1} của PDF không chuyển được thành ảnh: tệp hỏng.");
        try
        {
            var bytes = File.ReadAllBytes(output);
            unsafe
            {
                fixed (byte* data = bytes)
                    return Pix.Own(Interop.Leptonica.pixReadMem(data, (nuint)bytes.Length), "Không đủ bộ nhớ để xử lý trang PDF.");
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _folder.Delete(recursive: true);
    }
}
