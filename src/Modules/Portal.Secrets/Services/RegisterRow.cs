namespace Portal.Secrets.Services;

/// <summary>
/// A line of the register as shown: the document, its level now and at first, the period (and whether it is the one written on
/// the document) and its end, the state, and the reminder when the end is near.
/// </summary>
public sealed record RegisterRow(int Id, string Kind, int DocumentId, string NumberSymbol, string OriginalLevel, string Level, DateOnly LevelSetOn,
    int PeriodYears, bool PeriodStated, DateOnly EndsOn, string Status, DateOnly? DeclassifiedOn, string? Reminder);
