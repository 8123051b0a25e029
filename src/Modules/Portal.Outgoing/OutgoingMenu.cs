using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.Outgoing;

/// <summary>The menu entries of outgoing documents: drafting for officers, the list for everyone in the flow, the printed register for clerks and the security officer.</summary>
internal static class OutgoingMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new(MenuSections.Outgoing, "Soạn dự thảo", "/outgoing/new", "edit", 10, OutgoingFeature.Id, _ => true),
        new(MenuSections.Outgoing, "Văn bản đi của tôi", "/outgoing", "archive", 20, OutgoingFeature.Id, _ => true),
        new(MenuSections.Outgoing, "In sổ văn bản đi", "/api/outgoing/register/print", "printer", 30, OutgoingFeature.Id,
            u => u.IsInRole(Roles.Clerk) || u.IsInRole(Roles.SecurityOfficer)),
    ];
}
