using Portal.Oversight.Board;

namespace Portal.Oversight.Controllers;

public sealed record BoardPage(BoardView View, BoardQuery Query, IReadOnlyList<AgencyStanding> Rows, int Page, int Pages);
