using Portal.Identity;

namespace Portal.Departure.Services;

/// <summary>An item still in the departing person's care and the people who may receive it.</summary>
public sealed record ChecklistItem(CustodyItem Item, IReadOnlyList<AccountSummary> Receivers);
