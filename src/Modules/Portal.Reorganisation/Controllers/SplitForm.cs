namespace Portal.Reorganisation.Controllers;

/// <summary>The split form as typed: the agency split, its successors, the units each takes ("B:VP,TTr;C:TCCB") and the main successor.</summary>
public sealed record SplitForm(string? Source, string? Targets, string? Units, string? Main);
