namespace Portal.Guides.Services;

/// <summary>A guide as a page shows it: its name in the URL, its title (the markdown's first heading) and its body as HTML.</summary>
public sealed record Guide(string Name, string Title, string Html);
