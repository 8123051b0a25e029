using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.Outgoing;

/// <summary>The menu entries of outgoing documents: drafting for officers, the list for everyone in the flow.</summary>
internal static class OutgoingMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new(MenuSections.Outgoing, "Soạn dự thảo", "/outgoing/new", "edit", 10, OutgoingFeature.Id, _ => true),
        new(MenuSections.Outgoing, "Văn bản đi của tôi", "/outgoing", "archive", 20, OutgoingFeature.Id, _ => true),
    ];
}
