using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Exchange;

/// <summary>
/// edXML packages from outside: the province's export, imported by a commune's clerk, waits in "Văn bản điện tử đến"
/// and registers with the same fields; a package that is not XML, declares a DTD (external entity, entity expansion),
/// lacks the classification, is Tuyệt mật, is too large or has values of the wrong kind is refused with its message
/// and leaves nothing behind.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class EdxmlImportTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task An_exported_package_imported_by_another_agency_registers_the_same_fields()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        const string subject = "V/v bảo vệ bí mật nhà nước trong công tác chuyển đổi số";
        var id = await network.IssueTopSecretAsync(subject);
        var (commune, code) = network.Communes[2];
        var xml = await ExportAsync(network, id, code);

        var imported = await ImportAsync(commune, xml);
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var envelopeId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("envelopeId").GetGuid();
        var arrival = $"api/exchange/arrivals/{code}/{envelopeId}";
        var form = (await commune.GetJsonAsync(DemoAccounts.Clerk, arrival)).GetProperty("form");
        Assert.Equal(subject, form.GetProperty("subject").GetString());
        Assert.Equal("toi-mat", form.GetProperty("level").GetString());
        Assert.Equal("khan", form.GetProperty("urgency").GetString());
        Assert.Equal("Công văn", form.GetProperty("documentType").GetString());
        Assert.StartsWith("Ủy ban nhân dân tỉnh", form.GetProperty("sender").GetString(), StringComparison.Ordinal);
        var numberSymbol = form.GetProperty("numberSymbol").GetString()!;
        Assert.EndsWith("/UBND-VP", numberSymbol, StringComparison.Ordinal);
        Assert.Contains(numberSymbol, xml, StringComparison.Ordinal);

        var registered = await commune.PostJsonAsync(DemoAccounts.Clerk, $"{arrival}/register", new { });
        Assert.True(registered.StatusCode == HttpStatusCode.OK, await registered.Content.ReadAsStringAsync());
        var documentId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetInt32();
        var document = (await commune.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{documentId}")).ToString();
        Assert.Contains(subject, document, StringComparison.Ordinal);
        Assert.Contains(numberSymbol, document, StringComparison.Ordinal);
        Assert.Contains("exchange.edxml-imported", network.AuditActions(commune.Tenant));
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(commune, xml, DemoAccounts.Officer)).StatusCode);
    }

    [Fact]
    public async Task Bad_packages_are_refused_with_their_message_and_nothing_is_kept()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var id = await network.IssueTopSecretAsync("V/v kiểm tra an ninh mạng đối với hệ thống thông tin mật");
        var (commune, code) = network.Communes[1];
        var xml = await ExportAsync(network, id, code);
        const string classification = "<portal:Classification level=\"TOI_MAT\" />";
        Assert.Contains(classification, xml, StringComparison.Ordinal);
        var body = xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..];
        var cases = new (string Package, string Message)[]
        {
            (xml[..(xml.Length / 2)], "Tệp không phải XML hợp lệ"),
            ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + body.Replace("V/v kiểm tra", "&e;"), "DOCTYPE"),
            ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + body.Replace("V/v kiểm tra", "&c;"), "DOCTYPE"),
            (xml.Replace(classification, ""), "thiếu độ mật"),
            (xml.Replace("TOI_MAT", "TUYET_MAT"), "Tuyệt mật không được tiếp nhận"),
            (xml.Replace("application/pdf", "text/plain"), "phải là PDF"),
            (Replace(xml, "PromulgationDate", "31/02/2026"), "không đúng dạng năm-tháng-ngày"),
            (Replace(xml, "Priority", "khẩn"), "không phải một trong 0, 1, 2, 3, 4"),
            (Replace(xml, "Subject", ""), "Thiếu trích yếu"),
            (xml.Replace("<edXML:Content>", "<edXML:Content>" + new string('A', 21 * 1024 * 1024)), "vượt quá giới hạn 20 MB"),
        };
        foreach (var (package, message) in cases)
        {
            var response = await ImportAsync(commune, package);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(TenantStores.Rows(network.Server, commune.Tenant, "SELECT \"SenderCode\" FROM \"ExchangeArrivals\""), c => c == code);
        Assert.DoesNotContain("exchange.edxml-imported", network.AuditActions(commune.Tenant));
    }

    private static async Task<string> ExportAsync(ExchangeNetwork network, int id, string to)
    {
        await network.Province.StepUpAsync(OutgoingAgency.Clerk);
        var response = await (await network.Province.Agency.AsAsync(OutgoingAgency.Clerk))
            .GetAsync($"{network.Province.Tenant}/api/exchange/outgoing/{id}/edxml?to={to}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> ImportAsync(IncomingAgency commune, string xml, string userName = DemoAccounts.Clerk)
    {
        var client = await commune.AsAsync(userName);
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{commune.Tenant}/api/exchange/edxml")
        {
            Content = new StringContent(xml, Encoding.UTF8, "application/xml"),
        });
    }

    private static string Replace(string xml, string element, string value)
    {
        var start = xml.IndexOf($"<edXML:{element}>", StringComparison.Ordinal) + element.Length + 8;
        return xml[..start] + value + xml[xml.IndexOf($"</edXML:{element}>", start, StringComparison.Ordinal)..];
    }
}
