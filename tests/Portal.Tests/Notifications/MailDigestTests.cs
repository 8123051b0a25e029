using Portal.Core.Tenancy;
using Portal.Notifications.Mail;
using Portal.Notifications.Services;
using Portal.Testing;
using Portal.Tests.Calendar;
using Portal.Tests.Incoming;
using Portal.Tests.Support;
using static Portal.Tests.Notifications.MailAgency;

namespace Portal.Tests.Notifications;

/// <summary>
/// A person who chose one mail a day gets no mail per notice, and then one mail on a working day once working hours
/// have begun, telling how many notices wait and nothing of them; none over the weekend and Tết (the server's clock is
/// set), and never two the same day. Against aiosmtpd on loopback.
/// </summary>
[Collection(TetServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class MailDigestTests(TetServerFixture fixture)
{
    [Fact]
    public async Task One_mail_a_working_day_at_the_start_of_work_naming_nothing_and_none_over_Tet()
    {
        using var mail = new LoopbackMailServer();
        mail.Start();
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thu-ngay");
        await ConfigureAsync(agency, mail.Port);
        await SetAddressesAsync(agency, DemoAccounts.Director);
        var kinds = NotificationKinds.Names.Keys.ToList();
        await PostRepeatedAsync(await agency.AsAsync(DemoAccounts.Director), $"{agency.Tenant}/notifications/settings",
            [.. kinds.Select(k => ("received", k)), .. kinds.Select(k => ("mailed", k)), ("dailyMail", "true")]);

        // Wednesday 3 February 2027, 10:00: two documents wait for the director's direction.
        var marker = $"ZQD{Random.Shared.Next(100000, 999999)}";
        await SubmitAsync(agency, marker);
        await SubmitAsync(agency, marker);
        Assert.True(await Eventually.TrueAsync(async () => (await NoticesAsync(agency, DemoAccounts.Director)).Count == 2), "The notices were not written.");
        Assert.True(await MailOutboxEmptyAsync(agency), "The notices' mail is still in the outbox.");
        Assert.Empty(mail.Received());

        // Made after this morning's start of work, they wait for the next working day's, and not before 08:00.
        Assert.Equal(0, await RunAtAsync(agency, new DateTime(2027, 2, 3, 16, 30, 0)));
        Assert.Equal(0, await RunAtAsync(agency, new DateTime(2027, 2, 4, 7, 59, 0)));
        Assert.Equal(1, await RunAtAsync(agency, new DateTime(2027, 2, 4, 8, 0, 0)));
        var first = mail.Received().Single();
        Assert.Equal(Address(DemoAccounts.Director), first.To.Mailboxes.Single().Address);
        Assert.Equal(NoticeMessage.Subject, first.Subject);
        Assert.Contains("Bạn có 2 thông báo mới", first.TextBody);
        Assert.Contains($"{PortalAddress}/{agency.Tenant}/notifications", first.TextBody);
        Assert.DoesNotContain(marker, LoopbackMailServer.Text(first));

        // Thursday 09:00, one more: the day's mail went, so it waits past Tết (Friday 5 to Wednesday 10) for Thursday 11.
        await fixture.AtAsync(new DateTime(2027, 2, 4, 9, 0, 0), () => SubmitAsync(agency, marker));
        Assert.True(await Eventually.TrueAsync(async () => (await NoticesAsync(agency, DemoAccounts.Director)).Count == 3), "The third notice was not written.");
        Assert.True(await MailOutboxEmptyAsync(agency), "The third notice's mail is still in the outbox.");
        Assert.Equal(0, await RunAtAsync(agency, new DateTime(2027, 2, 4, 16, 0, 0)));
        foreach (var day in new[] { 5, 6, 7, 8, 9, 10 })
            Assert.Equal(0, await RunAtAsync(agency, new DateTime(2027, 2, day, 9, 0, 0)));
        Assert.Single(mail.Received());
        Assert.Equal(1, await RunAtAsync(agency, new DateTime(2027, 2, 11, 8, 15, 0)));
        Assert.Equal(2, mail.Received().Count);
        Assert.Contains("Bạn có 1 thông báo mới", mail.Received()[1].TextBody);
        Assert.All(await NoticesAsync(agency, DemoAccounts.Director), n => Assert.True(!n.MailPending && n.MailedUtc is not null));
    }

    private static async Task<int> SubmitAsync(IncomingAgency agency, string marker)
    {
        var id = await agency.RegisterAsync(IncomingAgency.Form(("Subject", $"V/v rà soát {marker}")));
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        return id;
    }

    private async Task<int?> RunAtAsync(IncomingAgency agency, DateTime vietnamTime)
    {
        var tenant = (await fixture.Server.Get<TenantHost>().ActivateAsync(agency.Tenant))!;
        return await fixture.AtAsync(vietnamTime, () => fixture.Server.Get<MailDigestWatch>().RunAsync(tenant, CancellationToken.None));
    }
}
