using AngleSharp.Dom;

namespace Portal.Tests.Registers;

/// <summary>What the admin's register pages show and take, read the way a person reads them.</summary>
public static class RegisterPages
{
    public static string List(string tenant) => $"{tenant}/admin/registers";

    public static IElement? Row(IDocument list, string code) => list.QuerySelector($"#registers tbody tr[data-code='{code}']");

    /// <summary>The book's page, from the link on its code in the list.</summary>
    public static string BookPath(IDocument list, string code) =>
        Row(list, code)?.QuerySelector("a")?.GetAttribute("href")?.TrimStart('/') ?? throw new InvalidOperationException($"No register {code} listed.");

    /// <summary>The printed columns a row of the list shows, in order.</summary>
    public static IReadOnlyList<string> Columns(IElement row) =>
        row.QuerySelector(".register-columns")!.TextContent.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Form fields giving these column codes positions 1, 2, … in the order given.</summary>
    public static Dictionary<string, string> Positions(params string[] codes) =>
        codes.Select((c, i) => (c, i)).ToDictionary(p => $"Positions[{p.c}]", p => (p.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string key, string value)
    {
        fields[key] = value;
        return fields;
    }
}
