using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Secrets.Services;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// The sweep of protection periods with a clock the test sets: a reminder (audited, a notice to those on the document's list)
/// once the end is within the tenant's window,
/// protection through the last day, automatic declassification the day after, which holds in access at once.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class PeriodEndTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_period_is_reminded_before_it_ends_and_declassified_the_day_after_its_last_day()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmhan");
        // Ends on 4 January 2046: far enough that the server's own sweep, on the real clock, never reaches it.
        var id = await agency.RegisterAsync(new DateOnly(2026, 1, 5), "toi-mat", "5/BNG-LS");
        var later = await agency.RegisterAsync(new DateOnly(2026, 1, 6), "toi-mat", "6/BNG-LS");
        await agency.GrantAsync(id, "chuyenvien2");
        Assert.Equal("2046-01-04", (await agency.EntryAsync("incoming", id)).GetProperty("endsOn").GetString());
        var clock = new SettableClock(VietnamMorning(new DateOnly(2045, 10, 5)));
        var sweeper = ActivatorUtilities.CreateInstance<PeriodSweeper>(fixture.Server.Services, (TimeProvider)clock);

        await sweeper.SweepAsync(agency.Tenant, CancellationToken.None);
        Assert.Equal(["secret.entered"], agency.AuditActions(id));
        clock.Now = VietnamMorning(new DateOnly(2045, 10, 6));
        await sweeper.SweepAsync(agency.Tenant, CancellationToken.None);
        await sweeper.SweepAsync(agency.Tenant, CancellationToken.None);
        Assert.Equal(["secret.entered", "secret.period-ending"], agency.AuditActions(id));
        // The reminder reaches those on the document's list once, and shows only to one who may see the document.
        await fixture.Server.Get<OutboxDispatcher>().DispatchAsync((await fixture.Server.Get<TenantHost>().ActivateAsync(agency.Tenant))!,
            CancellationToken.None);
        Assert.Equal([$"Văn bản mình giữ sắp hết thời hạn bảo vệ bí mật nhà nước: hết thời hạn bảo vệ ngày 04/01/2046 — 5/BNG-LS"],
            await RemindersAsync(agency, DemoAccounts.Clerk));
        Assert.Empty(await RemindersAsync(agency, "chuyenvien2"));
        Assert.Equal(2, TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"UserId\" FROM \"Notifications\" WHERE \"Kind\" = 'period-ending' AND \"ResourceId\" = '{id}'").Count);
        Assert.Empty(TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"UserId\" FROM \"Notifications\" WHERE \"Kind\" = 'period-ending' AND \"ResourceId\" = '{later}'"));

        clock.Now = VietnamMorning(new DateOnly(2046, 1, 4));
        await sweeper.SweepAsync(agency.Tenant, CancellationToken.None);
        var reader = await agency.Agency.AsAsync("chuyenvien2");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        Assert.Equal("Đang bảo vệ", (await agency.EntryAsync("incoming", id)).GetProperty("status").GetString());

        clock.Now = VietnamMorning(new DateOnly(2046, 1, 5));
        await sweeper.SweepAsync(agency.Tenant, CancellationToken.None);
        var entry = await agency.EntryAsync("incoming", id);
        Assert.Equal("Đã giải mật", entry.GetProperty("status").GetString());
        Assert.Equal("2046-01-05", entry.GetProperty("declassifiedOn").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        Assert.Equal("Đang bảo vệ", (await agency.EntryAsync("incoming", later)).GetProperty("status").GetString());
        Assert.Equal(["secret.entered", "secret.period-ending", "secret.expired"], agency.AuditActions(id));
        Assert.Equal(["het-thoi-han"], TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT d.\"Action\" FROM \"SecretDecisions\" d JOIN \"SecretRegister\" e ON e.\"Id\" = d.\"EntryId\" WHERE e.\"DocumentId\" = {id}"));
    }

    /// <summary>The person's period-ending notices, up to the document's number (the subject after it is the register's default).</summary>
    private static async Task<List<string>> RemindersAsync(SecretAgency agency, string userName) =>
        [.. (await agency.Agency.GetJsonAsync(userName, "api/notifications")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "period-ending")
            .Select(n => n.GetProperty("text").GetString()!.Split(" của ")[0])];

    /// <summary>Eight in the morning in Vietnam on that day.</summary>
    private static DateTimeOffset VietnamMorning(DateOnly day) => new(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7));
}
