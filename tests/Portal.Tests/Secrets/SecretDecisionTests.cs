using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// Decisions on a secret over real HTTP: only a person with the tenant's authority who sees the document decides
/// (404 for those who cannot see it, 403 with the reason for those who may not decide, both audited where seen), and a
/// downgrade or declassification holds in access at once.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class SecretDecisionTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_downgraded_Toi_mat_document_opens_to_a_Mat_cleared_person_on_its_list_exactly_then()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmgiam");
        var id = await agency.RegisterAsync(SecretAgency.Today.AddDays(-3), "toi-mat", "31/BQP-TM");
        await agency.Agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.GrantAsync(id, DemoAccounts.Officer);
        var officer = await agency.Agency.AsAsync(DemoAccounts.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        var decision = new { action = "giam-mat", reason = "Nội dung không còn ở mức Tối mật theo danh mục mới", decisionNumber = "12/QĐ-SNV" };

        // Someone who cannot see it: the same 404 as a missing document, nothing changed.
        var unseen = await agency.DecideAsync(DemoAccounts.Officer, id, decision);
        var missing = await agency.DecideAsync(DemoAccounts.Officer, id + 1000, decision);
        Assert.Equal(HttpStatusCode.NotFound, unseen.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await unseen.Content.ReadAsStringAsync());
        // The clerk sees it but has no authority: 403 with the reason, audited.
        var refused = await agency.DecideAsync(DemoAccounts.Clerk, id, decision);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("không có thẩm quyền", await SecretAgency.ErrorAsync(refused));
        // The head of the agency must give the reason and the decision's number; nothing stays of a refused decision.
        var incomplete = await agency.DecideAsync(DemoAccounts.Director, id, new { action = "giam-mat", reason = " ", decisionNumber = "" });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("Ghi lý do", await SecretAgency.ErrorAsync(incomplete));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        Assert.Equal("Tối mật", (await agency.EntryAsync("incoming", id)).GetProperty("level").GetString());

        var done = await agency.DecideAsync(DemoAccounts.Director, id, decision);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var entry = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Mật", entry.GetProperty("level").GetString());
        Assert.Equal("Tối mật", entry.GetProperty("originalLevel").GetString());
        Assert.Equal(SecretAgency.Today.AddYears(10).AddDays(-1).ToString("yyyy-MM-dd"), entry.GetProperty("endsOn").GetString());
        var page = await officer.PageAsync($"{agency.Tenant}/incoming/{id}");
        Assert.Equal("MẬT", page.QuerySelector(".mark-classification")!.TextContent);
        Assert.Equal(1, (await agency.Agency.GetJsonAsync(DemoAccounts.Officer, "api/search?q=31%2FBQP-TM")).GetProperty("total").GetInt32());
        Assert.Equal(["secret.entered", "secret.decision-refused", "secret.downgraded"], agency.AuditActions(id));
        Assert.Contains("incoming.level-changed", TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"Action\" FROM \"IncomingEvents\" WHERE \"DocumentId\" = {id}"));

        // Mật cannot be downgraded further.
        var again = await agency.DecideAsync(DemoAccounts.Director, id, decision);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("từ Tối mật xuống Mật", await SecretAgency.ErrorAsync(again));
    }

    [Fact]
    public async Task An_extension_moves_the_end_of_the_period_by_at_most_the_original_period_and_a_declassified_document_takes_no_more_decisions()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmgiai");
        var id = await agency.RegisterAsync(new DateOnly(2020, 3, 15), "mat", "40/UBND-VX");
        await agency.Agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.GrantAsync(id, "chuyenvien2");

        var tooLong = await agency.DecideAsync(DemoAccounts.Director, id, new { action = "gia-han", years = 11, reason = "Còn giá trị", decisionNumber = "3/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("từ 1 đến 10 năm", await SecretAgency.ErrorAsync(tooLong));
        var extended = await agency.DecideAsync(DemoAccounts.Director, id, new { action = "gia-han", years = 5, reason = "Còn giá trị", decisionNumber = "3/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal("2035-03-14", (await extended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endsOn").GetString());

        // A person with no clearance on the access list sees it once it is declassified.
        var reader = await agency.Agency.AsAsync("chuyenvien2");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        var declassified = await agency.DecideAsync(DemoAccounts.Director, id, new { action = "giai-mat", reason = "Không còn là bí mật", decisionNumber = "9/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.OK, declassified.StatusCode);
        Assert.Equal("Đã giải mật", (await declassified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        Assert.Equal([id], (await agency.RegisterRowsAsync(DemoAccounts.Clerk, "?status=da-giai-mat")).Select(r => r.GetProperty("documentId").GetInt32()));
        var after = await agency.DecideAsync(DemoAccounts.Director, id, new { action = "gia-han", years = 1, reason = "x", decisionNumber = "10/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
        Assert.Contains("đã được giải mật", await SecretAgency.ErrorAsync(after));
        Assert.Equal(["secret.entered", "secret.extended", "secret.declassified"], agency.AuditActions(id));
    }
    [Theory]
    [InlineData("gia-han")]
    [InlineData("giam-mat")]
    [InlineData("giai-mat")]
    [InlineData("tieu-huy")]
    public async Task Every_decision_is_refused_404_to_one_who_cannot_see_the_document_and_403_to_one_without_authority_on_the_API_and_the_page(
        string action)
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmtc");
        var id = await agency.RegisterAsync(SecretAgency.Today.AddDays(-3), "toi-mat", "51/BQP-TM");
        var decision = new { action, years = 1, reason = "Theo kế hoạch rà soát bí mật nhà nước", decisionNumber = "30/QĐ-SNV" };
        var form = new Dictionary<string, string>
        {
            ["Action"] = action, ["Years"] = "1", ["Reason"] = decision.reason, ["DecisionNumber"] = decision.decisionNumber,
        };

        // The officer is not on its list: the API and the page answer as for a missing document; the denial is audited.
        var unseen = await agency.DecideAsync(DemoAccounts.Officer, id, decision);
        var missing = await agency.DecideAsync(DemoAccounts.Officer, id + 1000, decision);
        Assert.Equal(HttpStatusCode.NotFound, unseen.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await unseen.Content.ReadAsStringAsync());
        var officer = await agency.Agency.AsAsync(DemoAccounts.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(officer, agency.Tenant, id, form)).StatusCode);
        Assert.Equal(2, DeniedChanges(agency, DemoAccounts.Officer, id));

        // The clerk sees it but has no authority: 403 with the reason in Vietnamese, on the API and the page, each audited.
        var refused = await agency.DecideAsync(DemoAccounts.Clerk, id, decision);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(Forbidden, await SecretAgency.ErrorAsync(refused));
        var page = await PostFormAsync(await agency.Agency.AsAsync(DemoAccounts.Clerk), agency.Tenant, id, form);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains(Forbidden, await page.Content.ReadAsStringAsync());
        Assert.Equal(["secret.entered", "secret.decision-refused", "secret.decision-refused"], agency.AuditActions(id));
        Assert.All(TenantStores.Rows(fixture.Server, agency.Tenant,
                $"SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'secret.decision-refused' AND \"TargetId\" = '{id}'"),
            details => Assert.Equal($"Không có thẩm quyền: {action}", details));

        // Nothing changed: still Tối mật, protected, no decision recorded, and the officer still cannot open it.
        var entry = await agency.EntryAsync("incoming", id);
        Assert.Equal(("Tối mật", "Đang bảo vệ"), (entry.GetProperty("level").GetString(), entry.GetProperty("status").GetString()));
        Assert.Empty(TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT d.\"Action\" FROM \"SecretDecisions\" d JOIN \"SecretRegister\" e ON e.\"Id\" = d.\"EntryId\" WHERE e.\"DocumentId\" = {id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
    }

    private const string Forbidden = "Bạn không có thẩm quyền quyết định gia hạn, điều chỉnh độ mật, giải mật hay tiêu hủy bí mật nhà nước của cơ quan.";

    /// <summary>Posts the decision form of the register's page with the person's antiforgery token (taken from the layout's own form).</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(PortalClient client, string tenant, int id, Dictionary<string, string> form)
    {
        var token = (await client.PageAsync($"{tenant}/secrets")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync($"{tenant}/secrets/incoming/{id}", new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = token });
    }

    /// <summary>How many times the access check refused the person a change of the document (not a read), as the audit trail records it.</summary>
    private int DeniedChanges(SecretAgency agency, string userName, int id) => TenantStores.Rows(fixture.Server, agency.Tenant,
        $"SELECT \"Action\" FROM \"AuditEntries\" WHERE \"Action\" = 'access.decision' AND \"Outcome\" = 1 AND \"UserName\" = '{userName}' AND \"TargetKind\" = 'incoming' AND \"TargetId\" = '{id}' AND \"Details\" LIKE 'thay đổi:%'").Count;
}
