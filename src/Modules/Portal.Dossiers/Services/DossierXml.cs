using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// A dossier as XML with the metadata of Phụ lục VI of Decree 30 (DOMAIN.md §1.10): the dossier's (FileCode from the
/// agency's code, the year and the dossier's code; Title, Maintenance, Rights, Creator, Language, StartDate, EndDate,
/// DocTotal, PageTotal, Description) and, in date order, each document the reader may see (DocOrdinal, TypeName,
/// CodeNumber, CodeNotation, IssuedDate, OrganName, Subject, Language, PageAmount). Totals count those documents only,
/// so the file says nothing of what the reader may not see; a secret dossier's Rights carry its mark.
/// </summary>
public sealed class DossierXml(ITenantAccessor tenants)
{
    private const string Language = "Tiếng Việt";

    public byte[] Write(Dossier dossier, IReadOnlyList<FiledDocument> contents)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            var organ = tenants.Required.Record.AgencyCode;
            xml.WriteStartElement("File");
            xml.WriteStartElement("FileCode");
            Leaf(xml, "OrganId", organ);
            Leaf(xml, "FileCatalog", dossier.Year.ToString(CultureInfo.InvariantCulture));
            Leaf(xml, "FileNotation", dossier.Code);
            xml.WriteEndElement();
            Leaf(xml, "Title", dossier.Title);
            Leaf(xml, "Maintenance", DossierText.Retention(dossier.RetentionYears));
            Leaf(xml, "Rights", dossier.Level > SecrecyLevel.Declassified ? $"Hạn chế: {DossierText.Mark(dossier.Level)}" : "Công khai");
            Leaf(xml, "Creator", dossier.ResponsibleName);
            Leaf(xml, "Language", Language);
            Leaf(xml, "StartDate", Day(dossier.OpenedOn));
            Leaf(xml, "EndDate", Day(dossier.ClosedOn));
            Leaf(xml, "DocTotal", contents.Count.ToString(CultureInfo.InvariantCulture));
            Leaf(xml, "PageTotal", contents.Sum(d => d.PageCount).ToString(CultureInfo.InvariantCulture));
            Leaf(xml, "Description", "");
            xml.WriteStartElement("Documents");
            foreach (var (document, ordinal) in contents.Select((d, i) => (d, i + 1)))
                WriteDocument(xml, document, ordinal);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void WriteDocument(XmlWriter xml, FiledDocument document, int ordinal)
    {
        // "Số / Ký hiệu" as two fields: the number before the first slash, the notation after it.
        var slash = document.NumberSymbol.IndexOf('/', StringComparison.Ordinal);
        xml.WriteStartElement("Document");
        Leaf(xml, "DocOrdinal", ordinal.ToString(CultureInfo.InvariantCulture));
        Leaf(xml, "TypeName", document.TypeName);
        Leaf(xml, "CodeNumber", slash < 0 ? document.NumberSymbol : document.NumberSymbol[..slash]);
        Leaf(xml, "CodeNotation", slash < 0 ? "" : document.NumberSymbol[(slash + 1)..]);
        Leaf(xml, "IssuedDate", Day(document.Date));
        Leaf(xml, "OrganName", document.Issuer);
        Leaf(xml, "Subject", document.Subject);
        Leaf(xml, "Language", Language);
        Leaf(xml, "PageAmount", document.PageCount.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static void Leaf(XmlWriter xml, string name, string value) => xml.WriteElementString(name, value);
}
