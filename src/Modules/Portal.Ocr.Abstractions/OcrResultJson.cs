using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Ocr;

/// <summary>The JSON form of a result between the worker and its parent.</summary>
public static class OcrResultJson
{
    private static readonly OcrResultJsonContext Context = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// Written property by property: the worker is a new process for every file and writes one result,
    /// and the serializer's first use (its metadata and generic code compiled at run time) cost a
    /// twentieth of a page's reading there. The parent reads it with the generated serializer.
    /// </summary>
    public static string Serialize(OcrResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Context.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString(nameof(OcrResult.Text), result.Text);
            json.WriteNumber(nameof(OcrResult.Pages), result.Pages);
            json.WriteBoolean(nameof(OcrResult.FromTextLayer), result.FromTextLayer);
            json.WriteStartObject(nameof(OcrResult.Fields));
            foreach (var (key, value) in result.Fields)
                json.WriteString(key, value);
            json.WriteEndObject();
            json.WriteStartObject(nameof(OcrResult.Confidence));
            foreach (var (key, value) in result.Confidence)
                json.WriteNumber(key, value);
            json.WriteEndObject();
            json.WriteNumber(nameof(OcrResult.PeakMemoryBytes), result.PeakMemoryBytes);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static OcrResult Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.OcrResult) ?? throw new JsonException("empty result");
}
