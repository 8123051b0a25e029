using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Files;
using Portal.Outgoing;
using Portal.Templates;

namespace Portal.Exchange.Edxml;

/// <summary>
/// An issued outgoing document as an edXML package for a system outside Portal (docs/edxml.md): the header of
/// DOMAIN.md §3.2 filled from the document, the classification in Portal's extension element, and the issued PDF
/// base64 in the body, streamed from the vault so a large original is never whole in memory.
/// </summary>
public sealed class EdxmlExport(ExchangeDb db, IIssuedDocuments issued, CentralDirectory central, IFileVault vault, IAuditTrail audit, ITenantAccessor tenants)
{
    /// <summary>
    /// The package to write, after auditing the export: the document must be issued, and every receiving agency code
    /// listed in the directory (refused with its message otherwise).
    /// </summary>
    public async Task<EdxmlPackage> PrepareAsync(int documentId, IReadOnlyCollection<string> to, CancellationToken cancellationToken)
    {
        var document = await issued.FindAsync(documentId, cancellationToken)
            ?? throw new RequestRefusedException("Chỉ xuất gói edXML được văn bản đã phát hành.");
        if (await db.Recalls.AnyAsync(r => r.DocumentId == documentId, cancellationToken))
            throw new RequestRefusedException("Văn bản đã bị thu hồi: không xuất gói edXML được.");
        var entries = (await central.EntriesAsync(cancellationToken)).ToDictionary(e => e.AgencyCode, StringComparer.Ordinal);
        if (to.FirstOrDefault(c => !entries.ContainsKey(c)) is { } unknown)
            throw new RequestRefusedException($"Không có cơ quan mã {unknown} trong danh bạ liên thông.");
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.EdxmlExported, AuditOutcome.Succeeded, OutgoingFeature.Kind,
            documentId.ToString(CultureInfo.InvariantCulture), $"{document.NumberSymbol} xuất gói edXML cho {string.Join(", ", to)}"), cancellationToken);
        return new EdxmlPackage(document, [.. to.Select(c => (c, entries[c].DisplayName))]);
    }

    public async Task WriteAsync(EdxmlPackage package, Stream output, CancellationToken cancellationToken)
    {
        var own = tenants.Required.Record;
        var document = package.Document;
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        const string e = EdxmlFormat.Namespace;
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync("edXML", "edXMLEnvelope", e);
        await xml.WriteAttributeStringAsync("xmlns", "portal", null, EdxmlFormat.PortalNamespace);
        await xml.WriteStartElementAsync("edXML", "edXMLHeader", e);
        await xml.WriteStartElementAsync("edXML", "MessageHeader", e);
        await OrganAsync(xml, "From", own.AgencyCode, own.DisplayName);
        foreach (var (code, name) in package.To)
            await OrganAsync(xml, "To", code, name);
        var date = document.IssuedOn.ToString(EdxmlFormat.DateFormat, CultureInfo.InvariantCulture);
        await Leaf(xml, "DocumentId", $"{own.AgencyCode},{document.IssuedOn.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)},{document.NumberSymbol}");
        var slash = document.NumberSymbol.IndexOf('/', StringComparison.Ordinal);
        await xml.WriteStartElementAsync("edXML", "Code", e);
        await Leaf(xml, "CodeNumber", slash < 0 ? document.NumberSymbol : document.NumberSymbol[..slash]);
        await Leaf(xml, "CodeNotation", slash < 0 ? "" : document.NumberSymbol[(slash + 1)..]);
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("edXML", "PromulgationInfo", e);
        await Leaf(xml, "PromulgationDate", date);
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("edXML", "DocumentType", e);
        await Leaf(xml, "Type", document.TypeCode);
        await Leaf(xml, "TypeName", DocumentTypes.Find(document.TypeCode)?.Name ?? document.TypeCode);
        await xml.WriteEndElementAsync();
        await Leaf(xml, "Subject", document.Subject);
        await xml.WriteStartElementAsync("edXML", "SignerInfo", e);
        await Leaf(xml, "FullName", document.SignerName);
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("edXML", "OtherInfo", e);
        await Leaf(xml, "Priority", EdxmlFormat.Priority(document.Urgency).ToString(CultureInfo.InvariantCulture));
        await Leaf(xml, "PromulgationAmount", document.CopyCount.ToString(CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("edXML", "TraceHeaderList", e);
        await xml.WriteStartElementAsync("edXML", "TraceHeader", e);
        await Leaf(xml, "OrganId", own.AgencyCode);
        await Leaf(xml, "Timestamp", DateTime.UtcNow.ToString(EdxmlFormat.TimeFormat, CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("portal", "Classification", EdxmlFormat.PortalNamespace);
        await xml.WriteAttributeStringAsync(null, "level", null, EdxmlFormat.Classification(document.Level));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("edXML", "edXMLBody", e);
        await xml.WriteStartElementAsync("edXML", "Attachment", e);
        await Leaf(xml, "ContentId", "van-ban");
        await Leaf(xml, "ContentType", "application/pdf");
        await Leaf(xml, "Description", $"van-ban-{document.NumberSymbol.Replace('/', '-')}.pdf");
        await xml.WriteStartElementAsync("edXML", "Content", e);
        await using (var pdf = await vault.OpenReadAsync(document.IssuedFileId, cancellationToken))
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await pdf.ReadAsync(buffer, cancellationToken)) > 0)
                await xml.WriteBase64Async(buffer, 0, read);
        }
        await xml.WriteEndDocumentAsync();
    }

    private static async Task OrganAsync(XmlWriter xml, string element, string code, string name)
    {
        await xml.WriteStartElementAsync("edXML", element, EdxmlFormat.Namespace);
        await Leaf(xml, "OrganId", code);
        await Leaf(xml, "OrganName", name);
        await xml.WriteEndElementAsync();
    }

    private static Task Leaf(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync("edXML", name, EdxmlFormat.Namespace, value);
}
