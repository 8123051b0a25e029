namespace Portal.Reorganisation.Services;

/// <summary>What a source's module holds that no transfer moves (it stays in the closed source); rows when the module counts them.</summary>
public sealed record StayingLine(string Source, string Text, int? Rows);
