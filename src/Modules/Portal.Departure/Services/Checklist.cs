using Portal.Departure.Models;
using Portal.Identity;

namespace Portal.Departure.Services;

/// <summary>
/// "Bàn giao khi thôi việc / chuyển công tác" for one person: what is still in their care, their undertaking if signed,
/// and what still stands in the way of disabling the account.
/// </summary>
public sealed record Checklist(AccountSummary Person, IReadOnlyList<ChecklistItem> Items, Undertaking? Undertaking,
    IReadOnlyList<string> Objections);
