using Ganss.Xss;

namespace Portal.Templates.Services;

/// <summary>
/// What of a template's output reaches the page: plain layout tags and the stylesheet's layout classes
/// only — no style, script, link, image or form, and no mark class — so a template cannot hide, cover or
/// fake the marks the composer places, nor make the renderer load anything.
/// </summary>
internal static class TemplateOutput
{
    public static readonly IReadOnlySet<string> LayoutClasses = new HashSet<string>
    {
        "tieu-de", "ben-trai", "co-quan-chu-quan", "co-quan", "quoc-hieu", "tieu-ngu", "so-ky-hieu", "vv", "dia-danh",
        "ten-loai", "trich-yeu", "kinh-gui", "can-cu", "noi-dung", "ky", "noi-nhan", "noi-nhan-tieu-de", "chu-ky",
        "quyen-han", "chuc-vu", "khoang-ky", "nguoi-ky", "gach",
    };

    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(["div", "p", "span", "br", "b", "strong", "i", "em", "u", "sup", "sub", "hr",
            "table", "thead", "tbody", "tr", "td", "th", "ul", "ol", "li"], StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(["class", "colspan", "rowspan"], StringComparer.OrdinalIgnoreCase),
        AllowedClasses = new HashSet<string>(LayoutClasses),
        AllowedCssProperties = new HashSet<string>(),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        AllowedSchemes = new HashSet<string>(),
        UriAttributes = new HashSet<string>(),
    });

    public static string Clean(string html) => Sanitizer.Sanitize(html);
}
