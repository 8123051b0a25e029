namespace Portal.Ocr;

/// <summary>
/// A job as its owner sees it: progress (page <see cref="Page"/> of <see cref="Pages"/>), then the fields read
/// (every key of <see cref="OcrFields"/> except the body, whose text stays encrypted in the vault) with their
/// confidences, or the Vietnamese reason it failed.
/// </summary>
public sealed record OcrJobInfo(
    Guid Id,
    OcrJobState State,
    int Page,
    int Pages,
    Guid FileId,
    string FileName,
    string Error,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, double> Confidence,
    string? DocumentKind,
    string? DocumentId,
    DateTime CreatedUtc,
    int Attempts = 1)
{
    /// <summary>Below this a field is shown highlighted for the clerk to check.</summary>
    public const double CheckBelow = 0.8;

    public string Field(string key) => Fields.GetValueOrDefault(key, "");

    /// <summary>A field read with a low confidence (or not read at all) that the clerk must check.</summary>
    public bool NeedsCheck(string key) => Confidence.GetValueOrDefault(key) < CheckBelow;

    /// <summary>The letter carries the TUYỆT MẬT mark: it must not be registered in this system.</summary>
    public bool IsTopSecret => OcrMarks.IsTopSecret(Field(OcrFields.Classification));

    public bool IsRegistered => DocumentId is not null;
}
