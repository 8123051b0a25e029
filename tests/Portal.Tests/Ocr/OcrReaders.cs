using Microsoft.Extensions.Options;
using Portal.Ocr;
using Portal.Ocr.Services;

namespace Portal.Tests.Ocr;

/// <summary>The real worker, as the server starts it (the worker program beside the test's assemblies).</summary>
internal static class OcrReaders
{
    public static IsolatedOcrReader Create(Action<OcrOptions>? configure = null)
    {
        var options = new OcrOptions();
        configure?.Invoke(options);
        return new IsolatedOcrReader(Options.Create(options));
    }
}
