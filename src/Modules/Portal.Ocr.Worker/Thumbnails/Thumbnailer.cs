using System.Diagnostics;
using System.Globalization;
using Portal.Files;
using Portal.Ocr.Worker.Imaging;
using Portal.Ocr.Worker.Input;
using Portal.Ocr.Worker.Interop;

namespace Portal.Ocr.Worker.Thumbnails;

/// <summary>
/// A small PNG of a file's first page: an image's header is checked against the pixel budget before its one page
/// is decoded and scaled down; a PDF's first page is drawn straight at thumbnail size by pdftoppm.
/// </summary>
internal static class Thumbnailer
{
    /// <summary>The longer side of a thumbnail, in pixels.</summary>
    public const int Side = 240;

    private static readonly TimeSpan DrawTime = TimeSpan.FromSeconds(30);

    public static byte[] Make(string path, string? name, WorkerLimits limits)
    {
        var file = UntrustedFile.Open(path, name, limits);
        if (file.Kind == StoredFileKind.Pdf)
            return FirstPdfPage(file);
        using var pages = new ImagePages(file, limits);
        using var page = pages.Page(0);
        return Encode(page.Image!);
    }

    private static unsafe byte[] Encode(Pix image)
    {
        // Colour stays colour (the red marks and seal); anything else becomes 8-bit grey so scaling averages, not samples.
        using var source = image.Depth == 32 ? null : Pix.Own(Leptonica.pixConvertTo8(image.Handle, 0), "Không đủ bộ nhớ để làm ảnh thu nhỏ.");
        var from = source ?? image;
        var scale = Math.Min(1f, (float)Side / Math.Max(from.Width, from.Height));
        using var small = Pix.Own(Leptonica.pixScale(from.Handle, scale, scale), "Không đủ bộ nhớ để làm ảnh thu nhỏ.");
        if (Leptonica.pixWriteMem(out var data, out var size, small.Handle, Leptonica.FormatPng) != 0)
            throw new OcrRefusal("Không ghi được ảnh thu nhỏ.");
        try
        {
            return new ReadOnlySpan<byte>(data, checked((int)size)).ToArray();
        }
        finally
        {
            Leptonica.lept_free(data);
        }
    }

    private static byte[] FirstPdfPage(UntrustedFile file)
    {
        var folder = Directory.CreateTempSubdirectory("portal-thumb-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var prefix = Path.Combine(folder.FullName, "page");
            File.WriteAllBytes(input, file.Bytes);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-q", "-f", "1", "-l", "1", "-scale-to", Side.ToString(CultureInfo.InvariantCulture), "-png", "-singlefile", input, prefix })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new OcrRefusal("Không chạy được pdftoppm để làm ảnh thu nhỏ.");
            process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(DrawTime))
            {
                process.Kill(true);
                throw new OcrRefusal("Trang đầu của PDF vẽ quá lâu: không làm ảnh thu nhỏ.");
            }
            var output = prefix + ".png";
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new OcrRefusal("PDF hỏng, đặt mật khẩu hoặc không đúng định dạng: không làm được ảnh thu nhỏ.");
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
