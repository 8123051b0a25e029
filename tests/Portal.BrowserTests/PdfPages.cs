using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Portal.BrowserTests;

/// <summary>A PDF as poppler (a reader Portal did not write) draws or reads it: its first page as a PNG, its text.</summary>
public static class PdfPages
{
    public static Task<byte[]> FirstPagePngAsync(byte[] pdf, int dotsPerInch) => PopplerAsync(pdf, "page.png", (input, output) =>
        ("pdftoppm", ["-png", "-r", dotsPerInch.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, output[..^4]]));

    public static async Task<string> TextAsync(byte[] pdf) =>
        Encoding.UTF8.GetString(await PopplerAsync(pdf, "page.txt", (input, output) => ("pdftotext", ["-enc", "UTF-8", input, output])));

    private static async Task<byte[]> PopplerAsync(byte[] pdf, string outputName, Func<string, string, (string Tool, string[] Arguments)> command)
    {
        var folder = Directory.CreateTempSubdirectory("portal-compare-");
        try
        {
            var input = Path.Combine(folder.FullName, "page.pdf");
            var output = Path.Combine(folder.FullName, outputName);
            await File.WriteAllBytesAsync(input, pdf);
            var (tool, arguments) = command(input, output);
            using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!;
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool}: {errors}");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
