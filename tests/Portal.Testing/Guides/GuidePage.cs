namespace Portal.Testing.Guides;

/// <summary>
/// A page a guide names as <c>**Title** (`/path`)</c>, and the screenshot file of the first image that follows it
/// before the next page is named (null when the guide shows no picture of it).
/// </summary>
public sealed record GuidePage(string Title, string Path, string? Screenshot);
