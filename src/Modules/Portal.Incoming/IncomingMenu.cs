using System.Security.Claims;
using Portal.Core.Navigation;
using Portal.Identity;
using Portal.Incoming.Services;

namespace Portal.Incoming;

/// <summary>The menu entries of incoming documents, in the words users of Vietnamese e-office systems know, shown by role.</summary>
internal static class IncomingMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        Entry(MenuSections.Home, WorkView.Overdue, "alert-triangle", 20, _ => true),
        Entry(MenuSections.Home, WorkView.DueSoon, "clock", 30, _ => true),
        new(MenuSections.Incoming, "Vào sổ văn bản đến", "/incoming/new", "stamp", 10, IncomingFeature.Id, u => u.IsInRole(Roles.Clerk)),
        Entry(MenuSections.Incoming, WorkView.Mine, "inbox", 20, _ => true),
        Entry(MenuSections.Incoming, WorkView.AwaitingDirection, "edit", 30, Leads),
        Entry(MenuSections.Incoming, WorkView.Directed, "list-checks", 35, Leads),
        Entry(MenuSections.Incoming, WorkView.InProgress, "history", 40, _ => true),
        Entry(MenuSections.Incoming, WorkView.Done, "file-check", 50, _ => true),
        Entry(MenuSections.Incoming, WorkView.Registered, "archive", 60, u => u.IsInRole(Roles.Clerk)),
        new(MenuSections.Incoming, "Sổ văn bản đến", "/incoming/register", "book-open", 70, IncomingFeature.Id,
            u => u.IsInRole(Roles.Clerk) || u.IsInRole(Roles.SecurityOfficer)),
    ];

    private static bool Leads(ClaimsPrincipal user) => user.IsInRole(Roles.Head) || user.IsInRole(Roles.Deputy);

    private static MenuEntry Entry(string section, WorkView view, string icon, int order, Func<ClaimsPrincipal, bool> visible) =>
        new(section, WorkViews.Title(view), "/incoming/" + WorkViews.Slug(view), icon, order, IncomingFeature.Id, visible);
}
