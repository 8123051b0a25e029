namespace Portal.Search.Querying;

/// <summary>One part of what the user typed: a word, a "phrase" or a prefix*, in a field or anywhere, wanted or excluded (-).</summary>
internal sealed record QueryClause(string Field, string Text, ClauseKind Kind, bool Excluded);
