namespace Portal.Ocr;

/// <summary>
/// What the worker read from one file: the text in reading order, every field of <see cref="OcrFields"/>
/// ("" when absent) and a confidence in [0, 1] per field.
/// </summary>
public sealed class OcrResult
{
    public required string Text { get; init; }

    public required int Pages { get; init; }

    /// <summary>True when the text came from the PDF's own text layer, not from OCR.</summary>
    public required bool FromTextLayer { get; init; }

    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    public required IReadOnlyDictionary<string, double> Confidence { get; init; }

    /// <summary>The worker's peak resident memory while reading this file (VmHWM).</summary>
    public long PeakMemoryBytes { get; init; }

    public string Field(string key) => Fields.GetValueOrDefault(key, "");
}
