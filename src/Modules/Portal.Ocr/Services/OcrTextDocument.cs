using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Portal.Ocr.Services;

/// <summary>
/// The text read from a scan as a minimal Word document (one paragraph per line), the form in which the vault
/// keeps it encrypted and gives it back as plain text (<c>IFileVault.ExtractTextAsync</c>).
/// </summary>
internal static class OcrTextDocument
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static MemoryStream Build(string text)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal);
            using var stream = entry.Open();
            using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            xml.WriteStartDocument(true);
            xml.WriteStartElement("w", "document", WordNamespace);
            xml.WriteStartElement("w", "body", WordNamespace);
            foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                xml.WriteStartElement("w", "p", WordNamespace);
                xml.WriteStartElement("w", "r", WordNamespace);
                xml.WriteStartElement("w", "t", WordNamespace);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Clean(line));
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.Position = 0;
        return output;
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Characters XML 1.0 cannot hold are dropped.</summary>
    private static string Clean(string line)
    {
        var clean = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
                clean.Append(c);
        }
        return clean.ToString();
    }
}
