using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Rendering.Tables;

/// <summary>The paragraphs every DOCX of Portal's is made of: plain runs in Times New Roman, cleaned for XML.</summary>
internal static class DocxParagraphs
{
    public const string Font = "Times New Roman";

    public static Paragraph Mark(string mark, int size = 26)
    {
        var paragraph = Of(mark, JustificationValues.Left, bold: true, size: size, color: "C00000");
        paragraph.ParagraphProperties!.Append(new ParagraphBorders(
            new TopBorder { Val = BorderValues.Single, Size = 8, Color = "C00000" }, new BottomBorder { Val = BorderValues.Single, Size = 8, Color = "C00000" },
            new LeftBorder { Val = BorderValues.Single, Size = 8, Color = "C00000" }, new RightBorder { Val = BorderValues.Single, Size = 8, Color = "C00000" }));
        return paragraph;
    }

    public static Paragraph Of(string? text, JustificationValues justification, bool bold = false, bool italic = false, int size = 22,
        string? color = null)
    {
        var run = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
            run.Append(new Bold());
        if (italic)
            run.Append(new Italic());
        if (color is not null)
            run.Append(new Color { Val = color });
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = justification }, new SpacingBetweenLines { After = "60" }));
        var runElement = new Run(run);
        // Line breaks are kept as breaks; every piece is plain text.
        var lines = Clean(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                runElement.Append(new Break());
            runElement.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(runElement);
        return paragraph;
    }

    public static string Clean(string? text) => XmlText.Clean(text ?? "");
}
