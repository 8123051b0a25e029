using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Notifications.Mail;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;
using static Portal.Tests.Notifications.MailAgency;

namespace Portal.Tests.Notifications;

/// <summary>
/// The notices' mail over TLS to a real aiosmtpd on loopback whose certificate comes from a CA the test made: trusted
/// only when the admin gives that CA for this server, refused with a Vietnamese reason otherwise (never sent unchecked),
/// over STARTTLS (through an intermediate CA) and over TLS from the first byte (SMTPS), with a password the server checks.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class NoticeMailTlsTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Smtps_is_refused_until_the_admin_gives_the_servers_own_ca_then_the_mail_goes()
    {
        using var certificates = new MailCertificates("CA noi bo So Noi vu");
        using var stranger = new MailCertificates("CA la");
        using var mail = new LoopbackMailServer("implicit", certificates);
        mail.Start();
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thu-tls");
        await SetAddressesAsync(agency, DemoAccounts.Director);
        var admin = await agency.AsAsync(DemoAccounts.TenantAdmin);
        var refused = await admin.SubmitAsync($"{agency.Tenant}/admin/notifications/mail", new Dictionary<string, string>
        {
            ["Host"] = "127.0.0.1", ["Port"] = $"{mail.Port}", ["Security"] = "Tls", ["Sender"] = "portal@so-noi-vu.gov.vn",
            ["PortalAddress"] = PortalAddress, ["CaCertificate"] = "-----BEGIN CERTIFICATE-----\nkhông phải chứng thư\n-----END CERTIFICATE-----",
        }, "/admin/notifications/mail");
        Assert.Contains("Chứng thư CA không đọc được", await refused.Content.ReadAsStringAsync());
        // No CA given: the machine's roots do not know the internal CA.
        await ConfigureAsync(agency, mail.Port, ("Security", "Tls"));

        var id = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        var page = await AdminPageWhenAsync(agency, p => LastError(p) is not null, "the untrusted certificate");
        Assert.Contains("không do tổ chức cấp chứng thư nào mà máy chủ Portal tin cậy cấp", LastError(page));
        Assert.Equal("1", Pending(page));

        // Another CA than the one that issued the server's certificate is no better.
        await ConfigureAsync(agency, mail.Port, ("Security", "Tls"), ("CaCertificate", stranger.CaPem));
        page = await AdminPageWhenAsync(agency, p => LastError(p)?.Contains("không do chứng thư CA đã khai báo cấp") == true, "the foreign CA refused");
        Assert.Empty(mail.Received());
        await NotificationTests.UnreadAsync(agency, DemoAccounts.Director, 1);

        await ConfigureAsync(agency, mail.Port, ("Security", "Tls"), ("CaCertificate", certificates.CaPem));
        Assert.True(await RetriedUntilAsync(agency, () => Task.FromResult(mail.Received().Count == 1)), "The mail did not go over TLS with the server's CA.");
        Assert.Equal(Address(DemoAccounts.Director), mail.Received()[0].To.Mailboxes.Single().Address);
        await AdminPageWhenAsync(agency, p => Pending(p) == "0", "nothing waiting");
        var audited = await InTenantAsync(agency, s => s.GetRequiredService<IAuditReader>().ReadAsync(new AuditSearch(Action: MailServerChanges.Action)));
        Assert.Equal(["chứng thư CA: thay", "chứng thư CA: thay"], audited.Take(2).Select(e => e.Details).ToArray());
    }

    [Fact]
    public async Task Starttls_with_a_wrong_password_is_shown_kept_and_retried_until_the_admin_fixes_it()
    {
        // The server's certificate comes from an intermediate CA it sends along; the admin gives the root.
        using var certificates = new MailCertificates("CA noi bo So Noi vu", intermediate: true);
        using var mail = new LoopbackMailServer("starttls", certificates, "portal", "MatKhau-Dung-2026");
        mail.Start();
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "thu-auth");
        await SetAddressesAsync(agency, DemoAccounts.Director);
        await ConfigureAsync(agency, mail.Port, ("Security", "StartTls"), ("CaCertificate", certificates.CaPem), ("UserName", "portal"),
            ("Password", "MatKhau-Sai"));

        var id = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        var page = await AdminPageWhenAsync(agency, p => LastError(p) is not null, "the refused password");
        Assert.Contains("Máy chủ thư 127.0.0.1 từ chối đăng nhập: sai tài khoản hoặc mật khẩu.", LastError(page));
        Assert.DoesNotContain("MatKhau", page.DocumentElement.OuterHtml);
        Assert.Equal("1", Pending(page));
        await NotificationTests.UnreadAsync(agency, DemoAccounts.Director, 1);

        await ConfigureAsync(agency, mail.Port, ("Security", "StartTls"), ("CaCertificate", certificates.CaPem), ("UserName", "portal"),
            ("Password", "MatKhau-Dung-2026"));
        Assert.True(await RetriedUntilAsync(agency, () => Task.FromResult(mail.Received().Count == 1)), "The mail did not go once the password was right.");
        Assert.Equal(NoticeMessage.Subject, mail.Received()[0].Subject);
        await AdminPageWhenAsync(agency, p => Pending(p) == "0", "nothing waiting");
    }
}
