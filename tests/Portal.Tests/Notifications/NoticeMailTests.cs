using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Settings;
using Portal.Notifications.Mail;
using Portal.Notifications.Services;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;
using static Portal.Tests.Notifications.MailAgency;

namespace Portal.Tests.Notifications;

/// <summary>
/// The notices' mail through a real SMTP server on loopback: it says only that there is a notice and links to Portal,
/// it is sent in the background and retried until the server answers, the in-app notice stays whatever the mail does,
/// and a person who opted out of a kind's mail gets none.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class NoticeMailTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_mail_names_no_document_and_who_opted_out_gets_none()
    {
        using var mail = new LoopbackMailServer();
        mail.Start();
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thu-bao");
        await ConfigureAsync(agency, mail.Port);
        await SetAddressesAsync(agency, DemoAccounts.Director, DemoAccounts.Officer, "truongphong");
        var officer = await agency.AsAsync(DemoAccounts.Officer);
        var kinds = NotificationKinds.Names.Keys.ToList();
        await PostRepeatedAsync(officer, $"{agency.Tenant}/notifications/settings",
            [.. kinds.Select(k => ("received", k)), .. kinds.Where(k => k != NotificationKinds.NewWork).Select(k => ("mailed", k))]);

        var marker = $"ZQX{Random.Shared.Next(100000, 999999)}";
        var form = IncomingAgency.Form(("NumberSymbol", $"{Random.Shared.Next(1, 9999)}/{marker}-NC"), ("Subject", $"V/v rà soát {marker}TY"),
            ("Sender", $"Ủy ban nhân dân {marker}CQ"));
        var id = await agency.RegisterAsync(form);
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.StepAsync(DemoAccounts.Director, id, "direct", new()
        {
            ["Direction"] = "Giao đồng chí chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["CoHandlers"] = "truongphong", ["Deadline"] = "",
        });

        Assert.True(await Eventually.TrueAsync(() => mail.Received().Count >= 2), "The director's and the co-handler's mail did not arrive.");
        Assert.True(await MailOutboxEmptyAsync(agency), "The mail of the notices is still in the outbox.");
        var received = mail.Received();
        Assert.Equal([Address(DemoAccounts.Director), Address("truongphong")],
            received.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order().ToArray());
        foreach (var message in received)
        {
            var text = LoopbackMailServer.Text(message);
            Assert.DoesNotContain(marker, text);
            Assert.DoesNotContain(form["Subject"], text);
            Assert.Equal(NoticeMessage.Subject, message.Subject);
            Assert.Contains($"{PortalAddress}/{agency.Tenant}/notifications", message.TextBody);
        }
        // The officer has her notice in Portal; only its mail was left out.
        await NotificationTests.UnreadAsync(agency, DemoAccounts.Officer, 1);
        var officerNotices = await NoticesAsync(agency, DemoAccounts.Officer);
        Assert.All(officerNotices, n => Assert.True(!n.MailPending && n.MailedUtc is null));
    }

    [Fact]
    public async Task A_failing_server_is_shown_to_the_admin_retried_and_the_notice_kept()
    {
        using var mail = new LoopbackMailServer();
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thu-loi");
        await ConfigureAsync(agency, mail.Port);
        await SetAddressesAsync(agency, DemoAccounts.Director);

        var id = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });

        await NotificationTests.UnreadAsync(agency, DemoAccounts.Director, 1);
        var page = await AdminPageWhenAsync(agency, p => LastError(p) is not null, "the failure");
        Assert.Contains("Không kết nối được máy chủ thư 127.0.0.1", LastError(page));
        Assert.Equal("1", Pending(page));
        Assert.Empty(mail.Received());

        mail.Start();
        Assert.True(await RetriedUntilAsync(agency, () => Task.FromResult(mail.Received().Count == 1)), "The mail was not sent once the server answered.");
        Assert.Equal(Address(DemoAccounts.Director), mail.Received()[0].To.Mailboxes.Single().Address);
        // The server has the mail a moment before the handler records it sent.
        page = await AdminPageWhenAsync(agency, p => Pending(p) == "0", "nothing waiting");
        Assert.NotEqual("Chưa có", page.QuerySelector("#mail-last-sent")!.TextContent.Trim());
        await NotificationTests.UnreadAsync(agency, DemoAccounts.Director, 1);
    }

    [Fact]
    public async Task The_password_is_stored_sealed_never_shown_and_only_the_admin_sets_the_server()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thu-mk");
        const string password = "MatKhau-ZQX-2026";
        await ConfigureAsync(agency, 2525, ("UserName", "portal"), ("Password", password));

        var stored = await InTenantAsync(agency, s => s.GetRequiredService<ITenantSettings>().GetAsync(MailServerSettings.Key));
        Assert.DoesNotContain(password, stored);
        Assert.Equal(password, (await InTenantAsync(agency, s => s.GetRequiredService<MailServerSettings>().LoadAsync(default)))!.Password);
        var admin = await agency.AsAsync(DemoAccounts.TenantAdmin);
        var page = await admin.PageAsync($"{agency.Tenant}/admin/notifications/mail");
        Assert.DoesNotContain(password, page.DocumentElement.OuterHtml);
        Assert.Contains("Đã lưu một mật khẩu", page.QuerySelector("#mail-server")!.TextContent);

        await ConfigureAsync(agency, 2525, ("UserName", "portal"));
        Assert.Equal(password, (await InTenantAsync(agency, s => s.GetRequiredService<MailServerSettings>().LoadAsync(default)))!.Password);
        await ConfigureAsync(agency, 2525, ("UserName", "portal"), ("ClearPassword", "true"));
        Assert.Equal("", (await InTenantAsync(agency, s => s.GetRequiredService<MailServerSettings>().LoadAsync(default)))!.Password);

        // Each change is audited with who made it and which fields changed; a save that changed nothing is not, and the
        // password never appears, only that it was set or cleared.
        var audited = await InTenantAsync(agency, s => s.GetRequiredService<IAuditReader>().ReadAsync(new AuditSearch(Action: MailServerChanges.Action)));
        Assert.Equal(2, audited.Count);
        Assert.All(audited, e => Assert.Equal(DemoAccounts.TenantAdmin, e.UserName));
        Assert.All(audited, e => Assert.DoesNotContain(password, e.Details));
        Assert.Contains("mật khẩu: xóa", audited[0].Details);
        Assert.DoesNotContain("máy chủ", audited[0].Details);
        Assert.Contains("máy chủ: (chưa có) → 127.0.0.1", audited[1].Details);
        Assert.Contains("tài khoản: (chưa có) → portal", audited[1].Details);
        Assert.Contains("mật khẩu: thay", audited[1].Details);

        // A server saved when STARTTLS was a yes/no flag still gets STARTTLS, not a connection in the clear.
        var older = await InTenantAsync(agency, async s =>
        {
            await s.GetRequiredService<ITenantSettings>().SetAsync(MailServerSettings.Key, """
                {"Host":"127.0.0.1","Port":587,"StartTls":true,"Sender":"portal@so-noi-vu.gov.vn","UserName":"","Password":"",
                 "PortalAddress":"https://portal.so-noi-vu.gov.vn"}
                """);
            return await s.GetRequiredService<MailServerSettings>().LoadAsync(default);
        });
        Assert.Equal(MailSecurity.StartTls, older!.Security);

        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"{agency.Tenant}/admin/notifications/mail")).StatusCode);
    }
}
