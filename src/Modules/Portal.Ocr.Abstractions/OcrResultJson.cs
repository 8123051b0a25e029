using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Ocr;

/// <summary>The JSON form of a result between the worker and its parent, and in stored jobs.</summary>
public static class OcrResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(OcrResult result) => JsonSerializer.Serialize(result, Options);

    public static OcrResult Deserialize(string json) =>
        JsonSerializer.Deserialize<OcrResult>(json, Options) ?? throw new JsonException("empty result");
}
