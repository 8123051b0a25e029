namespace Portal.Rendering;

/// <summary>
/// What a viewed copy carries on every page: the classification in a red box ("MẬT", "TỐI MẬT"; none when
/// null), the urgency, the copy number, who viewed it and when, and a title (the document and file).
/// </summary>
public sealed record CopyMarks(string? Classification, long CopyNumber, string ViewerName, DateTime AtUtc, string Title)
{
    public string? Urgency { get; init; }
}
