using Portal.Access;

namespace Portal.Rendering;

/// <summary>
/// What a viewed copy carries on every page: the classification in a red box ("MẬT", "TỐI MẬT"; none when
/// null), the urgency, the copy number, who viewed it and when, and a title (the document and file). A declassified
/// document's copy bears the GIẢI MẬT stamp instead of a classification.
/// </summary>
public sealed record CopyMarks(string? Classification, long CopyNumber, string ViewerName, DateTime AtUtc, string Title)
{
    public string? Urgency { get; init; }

    public Declassification? Declassified { get; init; }
}
