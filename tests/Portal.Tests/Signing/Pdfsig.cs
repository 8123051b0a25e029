namespace Portal.Tests.Signing;

/// <summary>Poppler's pdfsig, a verifier Portal did not write: what it says of each signature's bytes.</summary>
public static class Pdfsig
{
    public static Task<string> CheckAsync(byte[] pdf) => PopplerTool.RunAsync("pdfsig", pdf);

    public static int ValidCount(string output) => output.Split('\n').Count(l => l.Contains("Signature Validation: Signature is Valid.", StringComparison.Ordinal));
}
