using Portal.Incoming.Services;
using Portal.Registers;

namespace Portal.Incoming.Controllers;

/// <summary>The registration form: what was typed, what is wrong with it, and the possible duplicates to look at before saving.</summary>
public sealed class RegisterPage
{
    public RegistrationInput Input { get; init; } = new();
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; init; } = [];
    public IReadOnlyList<RegistrationBookInfo> Books { get; init; } = [];
    public IReadOnlyList<Person> Addressees { get; init; } = [];
    public string Now { get; init; } = "";
    /// <summary>The OCR job the form was pre-filled from, its scan shown beside the form; null for a form typed from scratch.</summary>
    public Portal.Ocr.OcrJobInfo? Scan { get; init; }

    /// <summary>"ocr-check" when the field was filled from a value read with a low confidence (or not read), for the clerk to check.</summary>
    public string? Check(string field)
    {
        if (Scan is null || !ScanIntake.Sources.TryGetValue(field, out var source))
            return null;
        var unread = source == Portal.Ocr.OcrFields.Classification && Scan.Field(source).Length == 0;
        return unread || Scan.NeedsCheck(source) ? "ocr-check" : null;
    }
}
