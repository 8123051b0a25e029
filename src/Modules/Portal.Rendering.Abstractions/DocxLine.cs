namespace Portal.Rendering;

/// <summary>One paragraph: its text and how it looks (a mark is bold red in a red frame, as the stamp is).</summary>
public sealed record DocxLine(string Text, DocxAlign Align = DocxAlign.Left, bool Bold = false, bool Italic = false, int Size = 26, bool Mark = false);
