namespace Portal.Ocr.Worker.Fields;

/// <summary>Field values and their confidences as they are being extracted.</summary>
internal sealed class FieldSet
{
    public Dictionary<string, string> Values { get; } = OcrFields.All.ToDictionary(k => k, _ => "");

    public Dictionary<string, double> Confidence { get; } = OcrFields.All.ToDictionary(k => k, _ => 0.0);

    public void Set(string key, string value, double confidence)
    {
        Values[key] = value.Trim();
        Confidence[key] = Math.Round(Math.Clamp(confidence, 0, 1), 2);
    }
}
