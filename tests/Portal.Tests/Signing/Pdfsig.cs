using System.Diagnostics;

namespace Portal.Tests.Signing;

/// <summary>Poppler's pdfsig, a verifier Portal did not write: what it says of each signature's bytes.</summary>
public static class Pdfsig
{
    public static async Task<string> CheckAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-signed-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfsig", [path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static int ValidCount(string output) => output.Split('\n').Count(l => l.Contains("Signature Validation: Signature is Valid.", StringComparison.Ordinal));
}
