using Portal.Core.Navigation;
using Portal.Identity;

namespace Portal.Dossiers;

/// <summary>The menu entries of work dossiers: the person's dossiers for everyone, the catalogue for everyone (kept by clerks and admins).</summary>
internal static class DossiersMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new(MenuSections.Dossiers, "Hồ sơ của tôi", "/dossiers", "archive", 10, DossiersFeature.Id, _ => true),
        new(MenuSections.Dossiers, "Danh mục hồ sơ", "/dossiers/catalogue", "book-open", 20, DossiersFeature.Id, _ => true),
    ];
}
