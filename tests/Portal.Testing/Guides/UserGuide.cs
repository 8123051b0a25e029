using System.Text.RegularExpressions;

namespace Portal.Testing.Guides;

/// <summary>
/// A role guide of docs/guides/, read by the conventions its README states: the demo account it is written for, and
/// the pages it names in order with their screenshots. Both the page check and the screenshot run read guides here,
/// so what the guides say and what the tests walk cannot drift apart.
/// </summary>
public sealed partial record UserGuide(string Name, string Tenant, string UserName, IReadOnlyList<GuidePage> Pages)
{
    /// <summary>The central office's admin has a password of its own; every other demo account shares one.</summary>
    public string Password => Tenant.Length == 0 && UserName == DemoAccounts.CentralAdmin
        ? DemoAccounts.CentralAdminPassword
        : DemoAccounts.Password;

    /// <summary>Every guide in docs/guides/ (the README is the index, not a guide).</summary>
    public static IReadOnlyList<UserGuide> All() =>
        Directory.GetFiles(RepositoryPaths.Guides, "*.md")
            .Where(f => Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    public static UserGuide Read(string file)
    {
        var text = File.ReadAllText(file);
        var account = AccountLine().Match(text);
        if (!account.Success)
            throw new InvalidOperationException($"{file} has no line 'Tài khoản dùng thử: **user** tại `/prefix/`'.");
        var pages = new List<GuidePage>();
        foreach (Match m in PageOrImage().Matches(text))
        {
            if (m.Groups["title"].Success)
                pages.Add(new GuidePage(m.Groups["title"].Value, m.Groups["path"].Value, null));
            else if (pages.Count == 0 || pages[^1].Screenshot is not null)
                throw new InvalidOperationException($"{file}: the image {m.Groups["image"].Value} follows no page of its own.");
            else
                pages[^1] = pages[^1] with { Screenshot = m.Groups["image"].Value };
        }
        return new UserGuide(Path.GetFileNameWithoutExtension(file), account.Groups["tenant"].Value.Trim('/'),
            account.Groups["user"].Value, pages);
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"Tài khoản dùng thử: \*\*(?<user>[a-z0-9]+)\*\* tại `(?<tenant>/[a-z0-9-]*/?)`")]
    private static partial Regex AccountLine();

    [GeneratedRegex(@"\*\*(?<title>[^*]+)\*\*\s+\(`(?<path>/[^`]*)`\)|!\[[^\]]*\]\(images/(?<image>[a-z0-9-]+\.png)\)")]
    private static partial Regex PageOrImage();
}
