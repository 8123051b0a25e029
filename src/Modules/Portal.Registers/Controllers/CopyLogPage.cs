using Portal.Registers.Services;

namespace Portal.Registers.Controllers;

/// <summary>The copy log page: the lines of the chosen range (none when the range was refused) and the reasons for a refusal.</summary>
public sealed record CopyLogPage(CopyLogSheet? Sheet, IReadOnlyList<string> Errors);
