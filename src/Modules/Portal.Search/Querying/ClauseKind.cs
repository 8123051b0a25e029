namespace Portal.Search.Querying;

internal enum ClauseKind
{
    Word,
    Phrase,
    Prefix,
    YearRange,
    DateRange,
}
