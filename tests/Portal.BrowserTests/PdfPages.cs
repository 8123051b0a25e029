using System.Diagnostics;

namespace Portal.BrowserTests;

/// <summary>A PDF's first page as poppler's pdftoppm draws it (a renderer Portal did not write), as a PNG at the given resolution.</summary>
public static class PdfPages
{
    public static async Task<byte[]> FirstPagePngAsync(byte[] pdf, int dotsPerInch)
    {
        var folder = Directory.CreateTempSubdirectory("portal-compare-");
        try
        {
            var input = Path.Combine(folder.FullName, "page.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm",
                ["-png", "-r", dotsPerInch.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(folder.FullName, "page")])
            { RedirectStandardError = true })!;
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "pdftoppm: " + errors);
            return await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "page.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
