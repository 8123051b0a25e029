using System.Net;
using Microsoft.Extensions.Hosting;
using Portal.Core.Tenancy;
using Portal.Dossiers.Services;
using Portal.Tests.Calendar;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>
/// The hand-over warning on the server's own clock, set by the test: nothing 31 days before the deadline (one year after the
/// matter ended), the warning from 30 days before, on the dossier and its line of the list, and the days past once missed;
/// and the notice of it, sent once to the person responsible and the archive clerk.
/// </summary>
[Collection(TetServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class HandOverWarningTests(TetServerFixture fixture)
{
    [Fact]
    public async Task A_closed_dossier_warns_from_30_days_before_its_hand_over_deadline_and_counts_the_days_past_it()
    {
        var (agency, dossier) = await ClosedDossierAsync("hsnl");

        Assert.Null(await WarningAsync(agency, dossier, new DateTime(2027, 2, 7, 9, 0, 0)));
        Assert.Equal("Còn 30 ngày đến hạn nộp lưu (10/03/2027).", await WarningAsync(agency, dossier, new DateTime(2027, 2, 8, 0, 5, 0)));
        Assert.Equal("Còn 0 ngày đến hạn nộp lưu (10/03/2027).", await WarningAsync(agency, dossier, new DateTime(2027, 3, 10, 23, 55, 0)));
        Assert.Equal("Đã quá hạn nộp lưu 1 ngày (hạn 10/03/2027).", await WarningAsync(agency, dossier, new DateTime(2027, 3, 11, 8, 0, 0)));
    }

    [Fact]
    public async Task The_responsible_person_and_the_archive_clerk_are_told_once_from_30_days_before_the_deadline()
    {
        var (agency, dossier) = await ClosedDossierAsync("hsbao");
        var host = fixture.Server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(agency.Tenant))!;
        var watch = fixture.Server.Get<IEnumerable<IHostedService>>().OfType<HandOverWatch>().Single();
        Task<bool> RunAt(DateTime vietnamTime) => fixture.AtAsync(vietnamTime, async () =>
        {
            await watch.RunAsync(tenant, CancellationToken.None);
            return true;
        });

        await RunAt(new DateTime(2027, 2, 7, 23, 50, 0));
        Assert.DoesNotContain("dossier.hand-over-warned", agency.AuditActions(dossier));
        await RunAt(new DateTime(2027, 2, 8, 0, 5, 0));
        await RunAt(new DateTime(2027, 2, 8, 9, 0, 0));
        await RunAt(new DateTime(2027, 2, 20, 9, 0, 0));
        Assert.Single(agency.AuditActions(dossier), a => a == "dossier.hand-over-warned");
        Assert.True(await Eventually.TrueAsync(async () => (await NoticesAsync(agency, DossierAgency.Archivist)).Count == 1));
        foreach (var told in new[] { DossierAgency.Clerk, DossierAgency.Archivist })
        {
            var notice = Assert.Single(await NoticesAsync(agency, told));
            Assert.Equal("Hồ sơ sắp đến hạn nộp lưu: hạn nộp lưu ngày 10/03/2027 — hồ sơ 01.VP — Hồ sơ công tác bảo vệ bí mật nhà nước", notice);
        }
        Assert.Empty(await NoticesAsync(agency, DossierAgency.Officer));
    }

    /// <summary>The clerk's dossier 01.VP with one letter, closed: the matter ended on 10 March 2026, so it goes to the archive by 10 March 2027.</summary>
    private async Task<(DossierAgency Agency, int Dossier)> ClosedDossierAsync(string stem)
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, stem);
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.VP");
        var letter = await agency.RegisterAsync(new DateOnly(2026, 3, 2));
        Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", letter)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/close",
            new { endDate = "2026-03-10" })).StatusCode);
        return (agency, dossier);
    }

    private static async Task<List<string>> NoticesAsync(DossierAgency agency, string userName) =>
        [.. (await agency.Agency.GetJsonAsync(userName, "api/notifications")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "hand-over-due").Select(n => n.GetProperty("text").GetString()!)];

    /// <summary>The warning at that time in Vietnam, as the dossier's API gives it; its line on the list page must say the same.</summary>
    private async Task<string?> WarningAsync(DossierAgency agency, int dossier, DateTime vietnamTime) => await fixture.AtAsync(vietnamTime, async () =>
    {
        var warning = (await agency.Agency.GetJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}")).GetProperty("warning").GetString();
        var list = await (await agency.Agency.AsAsync(DossierAgency.Clerk)).PageAsync($"{agency.Tenant}/dossiers");
        Assert.Equal(warning, list.QuerySelector($"#dossiers tr[data-id='{dossier}'] .hand-over-warning")?.TextContent.Trim());
        return warning;
    });
}
