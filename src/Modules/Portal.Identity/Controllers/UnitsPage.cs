using Portal.Identity.Models;

namespace Portal.Identity.Controllers;

public sealed record UnitsPage(IReadOnlyList<OrganisationUnit> Units, IReadOnlyDictionary<int, int> Members, UnitForm Form,
    IReadOnlyList<string> Errors);
