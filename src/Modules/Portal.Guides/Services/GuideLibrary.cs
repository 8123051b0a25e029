using System.Collections.Concurrent;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Guides.Services;

/// <summary>
/// The guides and their screenshots, read from the module's embedded copies of docs/guides. The markdown is rendered
/// once per guide with raw HTML off (a guide is text, never markup of its own); links to another guide's .md file
/// become links to its page, and images stay relative, so they load from <c>guides/images/</c> of the same tenant.
/// </summary>
public sealed class GuideLibrary
{
    private const string Prefix = "guides/";
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private readonly ConcurrentDictionary<string, Guide?> _guides = new(StringComparer.Ordinal);

    public Guide? Find(string name) => _guides.GetOrAdd(name, Load);

    /// <summary>A screenshot's PNG bytes, or null when the guides have no such image.</summary>
    public Stream? Image(string name) =>
        name.EndsWith(".png", StringComparison.Ordinal) && !name.Contains('/') ? typeof(GuideLibrary).Assembly.GetManifestResourceStream($"{Prefix}images/{name}") : null;

    private static Guide? Load(string name)
    {
        if (name.Contains('/') || name.Contains('.'))
            return null;
        using var stream = typeof(GuideLibrary).Assembly.GetManifestResourceStream($"{Prefix}{name}.md");
        if (stream is null)
            return null;
        var markdown = new StreamReader(stream).ReadToEnd();
        var document = Markdown.Parse(markdown, Pipeline);
        var title = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title is not null)
            document.Remove(title);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && url.EndsWith(".md", StringComparison.Ordinal) && !url.Contains('/'))
                link.Url = url[..^3];
        }
        return new Guide(name, title is null ? name : Text(title), document.ToHtml(Pipeline));
    }

    private static string Text(HeadingBlock heading) =>
        string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
}
