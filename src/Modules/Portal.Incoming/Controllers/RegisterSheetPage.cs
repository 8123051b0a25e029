using Portal.Registers;

namespace Portal.Incoming.Controllers;

/// <summary>The register page: the books one may open, the chosen range, and its rows (null when the tenant has no book yet).</summary>
public sealed record RegisterSheetPage(IReadOnlyList<RegistrationBookInfo> Books, string? Book, DateOnly? From, DateOnly? To, RegisterSheet? Sheet,
    IReadOnlyList<string> Errors);
