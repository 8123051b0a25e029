using System.Diagnostics;

namespace Portal.Tests.Signing;

/// <summary>Runs one of poppler's tools (pdfsig, pdffonts) on a PDF written to a temporary file, and returns what it printed.</summary>
public static class PopplerTool
{
    public static async Task<string> RunAsync(string tool, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-{tool}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, [path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
