namespace Portal.Rendering;

/// <summary>A document for DOCX: its title (the file's properties), the lines at the head of every page, and its lines in order.</summary>
public sealed record DocxDocument(string Title, IReadOnlyList<DocxLine> Header, IReadOnlyList<DocxLine> Lines);
