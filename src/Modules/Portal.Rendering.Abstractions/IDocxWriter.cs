namespace Portal.Rendering;

/// <summary>
/// Writes a document for editing as DOCX (WordprocessingML through the Open XML SDK): A4 with the margins
/// of Decree 30/2020, Times New Roman, its lines in order, and the header lines (the mark, the copy number)
/// on every page. Every text is a plain run. It decides nothing about who may have the file: the caller
/// checks access, takes the copy number and audits.
/// </summary>
public interface IDocxWriter
{
    byte[] Write(DocxDocument document);
}
