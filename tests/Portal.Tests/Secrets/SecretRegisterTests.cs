using System.Net;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// The register of state secrets over real HTTP: every registered secret document enters it with the protection
/// period of its level from the day the level was set, as the tenant configures it; only its keepers read it, each only the
/// lines of documents the access check lets them see.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class SecretRegisterTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Registered_secret_documents_enter_the_register_with_the_period_of_their_level_and_the_tenant_may_shorten_it()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmso");
        var mat = await agency.RegisterAsync(new DateOnly(2020, 3, 15), "mat", "15/UBND-NC");
        var toiMat = await agency.RegisterAsync(new DateOnly(2024, 1, 10), "toi-mat", "7/BCA-A03");
        await agency.SetAsync("Secrets.PeriodYears.Mat", "5");
        var shorter = await agency.RegisterAsync(new DateOnly(2025, 6, 1), "mat", "22/SNV-VP");

        var first = await agency.EntryAsync("incoming", mat);
        Assert.Equal("15/UBND-NC", first.GetProperty("numberSymbol").GetString());
        Assert.Equal("Mật", first.GetProperty("level").GetString());
        Assert.Equal("2020-03-15", first.GetProperty("levelSetOn").GetString());
        Assert.Equal(10, first.GetProperty("periodYears").GetInt32());
        Assert.Equal("2030-03-14", first.GetProperty("endsOn").GetString());
        Assert.Equal("Đang bảo vệ", first.GetProperty("status").GetString());
        var second = await agency.EntryAsync("incoming", toiMat);
        Assert.Equal(20, second.GetProperty("periodYears").GetInt32());
        Assert.Equal("2044-01-09", second.GetProperty("endsOn").GetString());
        var third = await agency.EntryAsync("incoming", shorter);
        Assert.Equal(5, third.GetProperty("periodYears").GetInt32());
        Assert.Equal("2030-05-31", third.GetProperty("endsOn").GetString());

        Assert.Equal([toiMat], (await agency.RegisterRowsAsync(DemoAccounts.Clerk, "?level=toi-mat")).Select(r => r.GetProperty("documentId").GetInt32()));
        Assert.Equal(3, (await agency.RegisterRowsAsync(DemoAccounts.Clerk, "?status=dang-bao-ve")).Length);
        Assert.Empty(await agency.RegisterRowsAsync(DemoAccounts.Clerk, "?status=da-giai-mat"));
        // A keeper of the register sees, and counts, only the lines of documents the access check lets them see.
        Assert.Empty(await agency.RegisterRowsAsync(SecretAgency.SecurityOfficer));
        await agency.GrantAsync(toiMat, SecretAgency.SecurityOfficer);
        Assert.Equal([toiMat], (await agency.RegisterRowsAsync(SecretAgency.SecurityOfficer)).Select(r => r.GetProperty("documentId").GetInt32()));

        var refused = await (await agency.Agency.AsAsync(DemoAccounts.Officer)).GetAsync($"{agency.Tenant}/api/secrets/register");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("cán bộ bảo vệ bí mật nhà nước", await SecretAgency.ErrorAsync(refused));
        Assert.Equal(["secret.entered"], agency.AuditActions(mat));
    }

    [Fact]
    public async Task An_outgoing_document_enters_the_register_when_it_is_issued_with_its_period_from_the_day_of_issue()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmdi");
        var outgoing = new OutgoingAgency(agency.Agency);
        var draft = await outgoing.CreateAsync(OutgoingAgency.Draft());
        await outgoing.StepOkAsync(OutgoingAgency.Officer, draft, "submit", new { next = OutgoingAgency.UnitLeader });
        await outgoing.StepOkAsync(OutgoingAgency.UnitLeader, draft, "approve", new { next = OutgoingAgency.Clerk });
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, draft, "check", new { next = OutgoingAgency.Signer, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, draft, "sign");
        Assert.Empty(await agency.RegisterRowsAsync(DemoAccounts.Clerk));

        await outgoing.StepOkAsync(OutgoingAgency.Clerk, draft, "issue");
        var entry = await agency.EntryAsync("outgoing", draft);
        Assert.Equal("01/SNV-VP", entry.GetProperty("numberSymbol").GetString());
        Assert.Equal(SecretAgency.Today.ToString("yyyy-MM-dd"), entry.GetProperty("levelSetOn").GetString());
    }

    [Fact]
    public async Task The_register_reminds_its_keepers_when_a_period_ends_within_the_tenants_window()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmnhac");
        var setOn = SecretAgency.Today.AddYears(-10).AddDays(30);
        var near = await agency.RegisterAsync(setOn, "mat", "3/UBND-KT");
        var far = await agency.RegisterAsync(SecretAgency.Today.AddDays(-1), "mat", "4/UBND-KT");
        var left = setOn.AddYears(10).AddDays(-1).DayNumber - SecretAgency.Today.DayNumber;

        Assert.Equal($"Còn {left} ngày đến hết thời hạn bảo vệ", (await agency.EntryAsync("incoming", near)).GetProperty("reminder").GetString());
        Assert.Equal(JsonValueKind.Null, (await agency.EntryAsync("incoming", far)).GetProperty("reminder").ValueKind);
        await agency.SetAsync("Secrets.ReminderDays", "10");
        Assert.Equal(JsonValueKind.Null, (await agency.EntryAsync("incoming", near)).GetProperty("reminder").ValueKind);
    }
}
