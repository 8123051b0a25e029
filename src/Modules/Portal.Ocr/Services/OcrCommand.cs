using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Core.Cli;

namespace Portal.Ocr.Services;

/// <summary>`./portal ocr FILE [--json] [--raw]`: reads a scan or PDF in the worker and prints its text, or its fields as JSON.</summary>
internal sealed class OcrCommand(IsolatedOcrReader reader) : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public string Name => "ocr";

    public string Usage => "ocr TỆP [--json] [--raw]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var file = args.Words.ElementAtOrDefault(1) ?? throw new CommandException("Dùng: ./portal " + Usage);
        // ./portal runs the host from the repository root; a relative name is the caller's.
        var path = Path.Combine(Environment.GetEnvironmentVariable("PORTAL_CWD") ?? Environment.CurrentDirectory, file);
        if (!File.Exists(path))
            throw new CommandException($"Không tìm thấy tệp '{file}'.");
        OcrResult result;
        try
        {
            result = await reader.ReadAsync(path, Path.GetFileName(path), null, preprocess: !args.Flag("raw"), cancellationToken);
        }
        catch (OcrFailedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        Console.WriteLine(args.Flag("json") ? JsonSerializer.Serialize(Output(result), Json) : result.Text);
        return 0;
    }

    /// <summary>The samples' *.meta.json keys, then the text and a confidence per field.</summary>
    private static Dictionary<string, object> Output(OcrResult result)
    {
        var output = OcrFields.All.ToDictionary(k => k, k => (object)result.Field(k));
        output["text"] = result.Text;
        output["pages"] = result.Pages;
        output["confidence"] = OcrFields.All.ToDictionary(k => k, k => result.Confidence.GetValueOrDefault(k));
        return output;
    }
}
