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
        var basePath = context.Request.PathBase;
        var current = context.Request.Path.Value ?? "/";
        return entries
            .Where(e => tenant.HasFeature(e.FeatureId) && e.Visible(user))
            .GroupBy(e => e.Section)
            .OrderBy(g => SectionRank(g.Key))
            .Select(g => new MenuSection(g.Key, g.OrderBy(e => e.Order)
                .Select(e => new MenuLink(e.Text, basePath.Add(e.Path).Value!, e.Icon,
                    current == e.Path || (e.Path != "/" && current.StartsWith(e.Path + "/", StringComparison.Ordinal))))
                .ToList()))
            .ToList();
    }

    private static int SectionRank(string section)
    {
        var index = Array.IndexOf(MenuSections.Order, section);
        return index < 0 ? int.MaxValue : index;
    }
}
