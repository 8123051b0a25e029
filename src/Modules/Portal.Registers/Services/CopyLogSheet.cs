using Portal.Access;

namespace Portal.Registers.Services;

/// <summary>The copy log's lines for a range of days, as cells in the columns of form 12, with each line's level.</summary>
public sealed record CopyLogSheet(DateOnly From, DateOnly To, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<SecrecyLevel> Levels);
