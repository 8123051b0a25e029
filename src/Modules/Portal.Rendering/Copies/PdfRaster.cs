using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Rendering.Copies;

/// <summary>
/// Turns a PDF's first pages into JPEG images with poppler's pdftoppm, in a child process under prlimit
/// (address space, CPU seconds, file size) and a wall-clock limit after which it is killed. The PDF goes in
/// through the child's standard input, so the decrypted original never touches the disk; the pages come
/// out into a private folder (mode 700) that is read and erased before this returns, whatever happened.
/// </summary>
internal sealed class PdfRaster(IOptions<RenderingOptions> options, ILogger<PdfRaster> logger)
{
    private const string Damaged = "Không hiển thị được tệp PDF này: tệp bị hỏng, được bảo vệ bằng mật khẩu hoặc không đúng định dạng PDF. "
        + "Xin tải về bản sao có số để mở bằng phần mềm khác.";

    // Each run may take RasterMemoryBytes: as many at once as the printer takes jobs, the rest wait their turn.
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentJobs));

    public async Task<CopyPages> RasteriseAsync(Stream pdf, CancellationToken cancellationToken)
    {
        var o = options.Value;
        await _slots.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("portal-view-");
        try
        {
            var pages = await RunAsync(pdf, folder.FullName, o, cancellationToken);
            if (pages.Count == 0)
                throw new CopyNotViewableException(Damaged);
            return new CopyPages(pages, pages.Count >= o.MaxViewPages);
        }
        finally
        {
            _slots.Release();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogError(e, "Could not erase the page images folder {Folder}.", folder.FullName);
            }
        }
    }

    private async Task<List<CopyPage>> RunAsync(Stream pdf, string folder, RenderingOptions o, CancellationToken cancellationToken)
    {
        if (!File.Exists(o.PdftoppmPath) || !File.Exists(o.PrlimitPath))
        {
            logger.LogError("pdftoppm ({Pdftoppm}) or prlimit ({Prlimit}) is missing.", o.PdftoppmPath, o.PrlimitPath);
            throw new CopyNotViewableException("Máy chủ chưa cài bộ chuyển trang PDF thành ảnh (poppler-utils), nên chưa xem được tệp PDF. "
                + "Xin tải về bản sao có số, và báo quản trị hệ thống.");
        }
        var start = new ProcessStartInfo(o.PrlimitPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        var cpuSeconds = Math.Max(1, (int)Math.Ceiling(o.RasterTimeLimit.TotalSeconds));
        foreach (var argument in new[]
                 {
                     $"--as={o.RasterMemoryBytes.ToString(CultureInfo.InvariantCulture)}", $"--cpu={cpuSeconds.ToString(CultureInfo.InvariantCulture)}",
                     $"--fsize={(64L << 20).ToString(CultureInfo.InvariantCulture)}", "--core=0", "--",
                     o.PdftoppmPath, "-q", "-r", o.ViewResolution.ToString(CultureInfo.InvariantCulture), "-jpeg", "-jpegopt", "quality=85",
                     "-f", "1", "-l", o.MaxViewPages.ToString(CultureInfo.InvariantCulture), "-", Path.Combine(folder, "p"),
                 })
            start.ArgumentList.Add(argument);
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";

        using var process = Process.Start(start) ?? throw new CopyNotViewableException(Damaged);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(o.RasterTimeLimit);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        try
        {
            try
            {
                await pdf.CopyToAsync(process.StandardInput.BaseStream, limit.Token);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // pdftoppm stopped reading (it gave up on the file): its exit code tells.
            }
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            if (cancellationToken.IsCancellationRequested)
                throw;
            logger.LogWarning("pdftoppm ran past its time limit of {Limit} and was stopped.", o.RasterTimeLimit);
            throw new CopyNotViewableException($"Tệp PDF quá phức tạp để hiển thị trong {o.RasterTimeLimit.TotalSeconds:0} giây. "
                + "Xin tải về bản sao có số.");
        }
        await Task.WhenAll(errors, output);
        if (process.ExitCode != 0)
        {
            logger.LogInformation("pdftoppm could not read a PDF (exit {Code}): {Error}", process.ExitCode, Shorten(await errors));
            throw new CopyNotViewableException(Damaged);
        }
        var pages = new List<(int Number, string Path)>();
        foreach (var path in Directory.EnumerateFiles(folder, "p-*.jpg"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (int.TryParse(name[(name.LastIndexOf('-') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                pages.Add((number, path));
        }
        var result = new List<CopyPage>();
        foreach (var (_, path) in pages.OrderBy(p => p.Number))
            result.Add(new CopyPage("image/jpeg", await File.ReadAllBytesAsync(path, cancellationToken)));
        return result;
    }

    private void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not stop pdftoppm.");
        }
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500];
}
