using Microsoft.AspNetCore.Http;
using Portal.Core.Tenancy;

namespace Portal.Core.Navigation;

/// <summary>Builds the menu a user sees in the current tenant from the modules' entries.</summary>
public sealed class Menu(IEnumerable<MenuEntry> entries)
{
    public IReadOnlyList<MenuSection> Build(HttpContext context)
    {
        var tenant = context.Features.Get<TenantContext>();
        var user = context.User;
        if (tenant is null || user.Identity?.IsAuthenticated != true)
            return [];
        var visible = entries.Where(e => tenant.HasFeature(e.FeatureId) && e.Visible(user)).ToList();
        var path = context.Request.Path.Value ?? "/";
        // Only the most specific link that contains the page is current.
        var current = visible.Where(e => Contains(e.Path, path)).MaxBy(e => e.Path.Length);
        var basePath = context.Request.PathBase;
        return visible
            .GroupBy(e => e.Section)
            .OrderBy(g => SectionRank(g.Key))
            .Select(g => new MenuSection(g.Key, g.OrderBy(e => e.Order)
                .Select(e => new MenuLink(e.Text, basePath.Add(e.Path).Value!, e.Icon, ReferenceEquals(e, current)))
                .ToList()))
            .ToList();
    }

    private static bool Contains(string linkPath, string pagePath) =>
        pagePath == linkPath || (linkPath != "/" && pagePath.StartsWith(linkPath + "/", StringComparison.Ordinal));

    private static int SectionRank(string section)
    {
        var index = Array.IndexOf(MenuSections.Order, section);
        return index < 0 ? int.MaxValue : index;
    }
}
