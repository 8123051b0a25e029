namespace Portal.Core.Navigation;

/// <summary>A step of the breadcrumb trail; pages put a list of these in ViewData["Breadcrumbs"].</summary>
public sealed record Breadcrumb(string Text, string? Url = null);
