using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Ocr;

/// <summary>The JSON form of a result between the worker and its parent, and in stored jobs.</summary>
public static class OcrResultJson
{
    private static readonly OcrResultJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(OcrResult result) => JsonSerializer.Serialize(result, Context.OcrResult);

    public static OcrResult Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.OcrResult) ?? throw new JsonException("empty result");
}
