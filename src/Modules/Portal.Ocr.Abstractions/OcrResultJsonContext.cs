using System.Text.Json.Serialization;

namespace Portal.Ocr;

/// <summary>
/// The result's serializer generated at build time: the worker writes one result per process, and the
/// reflection-based serializer spent more on its first use there than a page's layout analysis.
/// </summary>
[JsonSerializable(typeof(OcrResult))]
internal sealed partial class OcrResultJsonContext : JsonSerializerContext;
