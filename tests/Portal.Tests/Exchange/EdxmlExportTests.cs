using System.Net;
using System.Xml.Linq;
using Portal.Testing;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// The province's clerk exports an issued Tối mật document as an edXML package for a system outside Portal: the header
/// filled from the document, the classification in Portal's extension, the issued PDF in the body; nobody else gets it.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class EdxmlExportTests(DemoServerFixture fixture)
{
    private static readonly XNamespace Ed = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static readonly XNamespace Portal = "urn:portal:edxml:1";

    [Fact]
    public async Task The_clerk_exports_an_issued_document_with_its_header_classification_and_pdf()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        const string subject = "V/v triển khai phương án bảo vệ bí mật nhà nước trong hệ thống cơ yếu";
        var id = await network.IssueTopSecretAsync(subject);
        var to = $"{network.Communes[0].Code},{network.Communes[1].Code}";
        var path = $"{network.Province.Tenant}/api/exchange/outgoing/{id}/edxml?to={to}";
        var clerk = await network.Province.Agency.AsAsync(OutgoingAgency.Clerk);
        // A copy of a Tối mật document leaving the system (the package, the PDF) asks for a fresh second factor.
        await network.Province.StepUpAsync(OutgoingAgency.Clerk);

        var response = await clerk.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var package = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var header = package.Root!.Element(Ed + "edXMLHeader")!;
        var message = header.Element(Ed + "MessageHeader")!;
        Assert.Equal(network.ProvinceCode, message.Element(Ed + "From")!.Element(Ed + "OrganId")!.Value);
        Assert.Equal(to.Split(','), message.Elements(Ed + "To").Select(t => t.Element(Ed + "OrganId")!.Value));
        var numberSymbol = message.Element(Ed + "Code")!.Element(Ed + "CodeNumber")!.Value + "/" + message.Element(Ed + "Code")!.Element(Ed + "CodeNotation")!.Value;
        Assert.EndsWith("/UBND-VP", numberSymbol, StringComparison.Ordinal);
        Assert.StartsWith($"{network.ProvinceCode},", message.Element(Ed + "DocumentId")!.Value, StringComparison.Ordinal);
        Assert.EndsWith($",{numberSymbol}", message.Element(Ed + "DocumentId")!.Value, StringComparison.Ordinal);
        Assert.Equal(subject, message.Element(Ed + "Subject")!.Value);
        Assert.Equal("cong-van", message.Element(Ed + "DocumentType")!.Element(Ed + "Type")!.Value);
        Assert.Equal("Công văn", message.Element(Ed + "DocumentType")!.Element(Ed + "TypeName")!.Value);
        Assert.Equal("1", message.Element(Ed + "OtherInfo")!.Element(Ed + "Priority")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(message.Element(Ed + "SignerInfo")!.Element(Ed + "FullName")!.Value));
        Assert.Equal(network.ProvinceCode, header.Element(Ed + "TraceHeaderList")!.Element(Ed + "TraceHeader")!.Element(Ed + "OrganId")!.Value);
        Assert.Equal("TOI_MAT", header.Element(Portal + "Classification")!.Attribute("level")!.Value);
        var attachment = package.Root.Element(Ed + "edXMLBody")!.Element(Ed + "Attachment")!;
        Assert.Equal("application/pdf", attachment.Element(Ed + "ContentType")!.Value);
        // The clerk's download is the issued original plus an incremental update of its own; the package carries the original.
        var original = Convert.FromBase64String(attachment.Element(Ed + "Content")!.Value);
        Assert.Equal("%PDF-"u8.ToArray(), original[..5]);
        Assert.Equal(original, (await network.Province.PdfAsync(OutgoingAgency.Clerk, id))[..original.Length]);
        Assert.Contains("exchange.edxml-exported", network.AuditActions(network.Province.Tenant));

        Assert.Equal(HttpStatusCode.NotFound, (await (await network.Province.Agency.AsAsync("chuyenvien2")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await network.Province.Agency.AsAsync(OutgoingAgency.Signer)).GetAsync(path)).StatusCode);
        var unknown = await clerk.GetAsync($"{network.Province.Tenant}/api/exchange/outgoing/{id}/edxml?to=999.99.99.Z99");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Không có cơ quan mã 999.99.99.Z99", await unknown.Content.ReadAsStringAsync());
        var page = await clerk.PageAsync($"{network.Province.Tenant}/exchange/outgoing/{id}");
        Assert.NotNull(page.QuerySelector("#edxml-form"));
    }
}
