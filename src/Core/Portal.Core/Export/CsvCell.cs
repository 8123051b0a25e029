namespace Portal.Core.Export;

/// <summary>
/// A value made safe for a CSV cell: quoted, and a leading = + - @ (or tab, CR) neutralised so a
/// spreadsheet never runs it as a formula.
/// </summary>
public static class CsvCell
{
    public static string Safe(string? value) => "\"" + Neutral(value).Replace("\"", "\"\"") + "\"";

    /// <summary>The value with a leading = + - @ (or tab, CR) neutralised by an apostrophe, unquoted (for XLSX text cells).</summary>
    public static string Neutral(string? value)
    {
        var text = value ?? "";
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    public static string Row(params string?[] values) => string.Join(',', values.Select(Safe));
}
