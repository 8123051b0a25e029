namespace Portal.Core.Navigation;

public sealed record MenuSection(string Title, IReadOnlyList<MenuLink> Links);

public sealed record MenuLink(string Text, string Url, string Icon, bool Current);
