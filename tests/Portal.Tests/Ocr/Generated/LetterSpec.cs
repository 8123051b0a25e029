namespace Portal.Tests.Ocr.Generated;

/// <summary>The content of one generated letter; <see cref="Fields"/> is its truth with the samples' keys.</summary>
public sealed record LetterSpec(
    int Seed,
    Damage Damage,
    bool IsLetter,
    IReadOnlyList<string> ParentLines,
    IReadOnlyList<string> AgencyLines,
    string Number,
    string PlaceDate,
    string TypeTitle,
    IReadOnlyList<string> SubjectLines,
    string Classification,
    string Urgency,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignerTitles,
    string Signer,
    IReadOnlyDictionary<string, string> Fields);
