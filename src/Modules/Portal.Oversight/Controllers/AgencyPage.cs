using Portal.Oversight.Board;

namespace Portal.Oversight.Controllers;

public sealed record AgencyPage(AgencyStanding Agency, IReadOnlyList<AgencyStanding> Children, TimeSpan SilentAfter);
