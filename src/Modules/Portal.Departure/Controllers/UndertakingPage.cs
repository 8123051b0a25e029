using Portal.Departure.Models;

namespace Portal.Departure.Controllers;

/// <summary>The person's name and title as the text reads them, and their latest signed undertaking if any.</summary>
public sealed record UndertakingPage(string FullName, string Position, Undertaking? Signed);
