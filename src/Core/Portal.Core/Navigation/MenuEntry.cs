using System.Security.Claims;

namespace Portal.Core.Navigation;

/// <summary>
/// One link in the main menu, contributed by the module that owns the page. It shows only in tenants
/// with the feature enabled and to users for whom <see cref="Visible"/> holds.
/// </summary>
public sealed record MenuEntry(
    string Section,
    string Text,
    string Path,
    string Icon,
    int Order,
    string FeatureId,
    Func<ClaimsPrincipal, bool> Visible);
