using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Portal.Files.Checks;

/// <summary>
/// The plain text of a DOCX's main part, read as a stream (no DOM) and cut at a number of characters:
/// runs' text, tabs, line breaks, a line per paragraph.
/// </summary>
internal static class DocxText
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static string Read(Stream content, int maxCharacters)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var part = zip.GetEntry(DocxInspection.DocumentPart);
        if (part is null)
            return "";
        using var xml = XmlReader.Create(part.Open(), Settings);
        var text = new StringBuilder();
        while (text.Length < maxCharacters && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && IsWord(xml) && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
                continue;
            }
            if (xml.NodeType == XmlNodeType.Element && IsWord(xml))
                text.Append(xml.LocalName switch { "tab" => "\t", "br" or "cr" => "\n", _ => "" });
            else if (xml.NodeType == XmlNodeType.EndElement && IsWord(xml) && xml.LocalName == "p")
                text.Append('\n');
            xml.Read();
        }
        return text.Length > maxCharacters ? text.ToString(0, maxCharacters) : text.ToString().TrimEnd('\n');
    }

    /// <summary>The WordprocessingML namespace, transitional or strict.</summary>
    private static bool IsWord(XmlReader xml) => xml.NamespaceURI.Contains("wordprocessingml", StringComparison.Ordinal);
}
