using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Rendering.Tables;

/// <summary>The few cell styles an export uses: normal, bold (title, headings), the red bold mark.</summary>
internal static class XlsxStyles
{
    public const uint Normal = 0;
    public const uint Bold = 1;
    public const uint Mark = 2;

    public static Stylesheet Create() => new(
        new Fonts(Font(), Font(new Bold()), Font(new Bold(), new Color { Rgb = "FFC00000" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { FontId = 2, ApplyFont = true }));

    private static Font Font(params DocumentFormat.OpenXml.OpenXmlElement[] parts) =>
        new([.. parts, new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }]);
}
