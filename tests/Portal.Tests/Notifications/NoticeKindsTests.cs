using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Incoming.Services;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Notifications;

/// <summary>
/// The notices beyond the incoming flow's own, each raised from the owning module's outbox message: a direction for
/// those told for information, outgoing work at each step and the draft awaiting signature, a deadline drawing near,
/// and a grant on a document in one's care; a notice whose document the receiver may no longer see is gone.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class NoticeKindsTests(DemoServerFixture fixture)
{
    private const string UnitHead = "truongphong";
    private const string DeputyDirector = "phogiamdoc";

    [Fact]
    public async Task Each_kind_reaches_the_people_whose_turn_it_is_and_names_only_documents_they_may_see()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "loai-thong-bao");
        var form = IncomingAgency.Form();
        var incoming = await agency.RegisterAsync(form);
        await agency.StepAsync(DemoAccounts.Clerk, incoming, "submit", new() { ["leader"] = DemoAccounts.Director });
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");
        await agency.StepAsync(DemoAccounts.Director, incoming, "direct", new()
        {
            ["Direction"] = "Giao phòng Tổ chức cán bộ chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["ForInformation"] = DeputyDirector,
            ["Deadline"] = today,
        });
        Assert.Equal("Ý kiến chỉ đạo của lãnh đạo: " + form["NumberSymbol"], Prefix(await NotificationTests.UnreadAsync(agency, DeputyDirector, 1), form));

        var outgoing = new OutgoingAgency(agency);
        const string subject = "V/v báo cáo rà soát tài liệu mật quý IV";
        var draft = await outgoing.CreateAsync(OutgoingAgency.Draft(subject));
        await outgoing.StepOkAsync(DemoAccounts.Officer, draft, "submit", new { next = UnitHead });
        Assert.Equal(new[] { $"Việc mới được giao: dự thảo văn bản đi — {subject}" }, Texts(await NotificationTests.UnreadAsync(agency, UnitHead, 1)));
        await outgoing.StepOkAsync(UnitHead, draft, "approve", new { next = DemoAccounts.Clerk });
        await outgoing.StepOkAsync(DemoAccounts.Clerk, draft, "check", new { next = DemoAccounts.Director, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        Assert.Contains($"Văn bản chờ ký: dự thảo văn bản đi — {subject}", Texts(await NotificationTests.UnreadAsync(agency, DemoAccounts.Director, 2)));

        var host = fixture.Server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(agency.Tenant))!;
        Assert.True(await fixture.Server.Get<DeadlineWatch>().RunAsync(tenant, CancellationToken.None));
        await host.RunAsync(tenant, async s =>
        {
            var officer = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("baomat"))!;
            await s.GetRequiredService<IAccessList>().AddAsync(new AccessEntrySpec(new ResourceRef("incoming", incoming.ToString()), officer.Id,
                AccessPosition.Grant, "Kiểm tra công tác bảo vệ bí mật nhà nước", "giamdoc"));
            return true;
        });
        var lead = Texts(await NotificationTests.UnreadAsync(agency, DemoAccounts.Officer, 3));
        Assert.Contains(lead, t => t.StartsWith($"Văn bản sắp đến hạn xử lý: {form["NumberSymbol"]} của", StringComparison.Ordinal));
        Assert.Contains(lead, t => t.StartsWith($"Thay đổi quyền tiếp cận văn bản mình quản lý: một người được cấp quyền tiếp cận — {form["NumberSymbol"]} của",
            StringComparison.Ordinal));
        Assert.Empty(Texts(await agency.GetJsonAsync("baomat", "api/notifications")));

        // The grant taken back is told to the custodians too, and the person who lost it is told nothing.
        await host.RunAsync(tenant, async s =>
        {
            var officer = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("baomat"))!;
            await s.GetRequiredService<IAccessList>().RemoveAsync(new ResourceRef("incoming", incoming.ToString()), officer.Id, AccessPosition.Grant);
            return true;
        });
        lead = Texts(await NotificationTests.UnreadAsync(agency, DemoAccounts.Officer, 4));
        Assert.Contains(lead, t => t.StartsWith($"Thay đổi quyền tiếp cận văn bản mình quản lý: một người bị thu hồi quyền tiếp cận — {form["NumberSymbol"]} của",
            StringComparison.Ordinal));
        Assert.Empty(Texts(await agency.GetJsonAsync("baomat", "api/notifications")));

        await host.RunAsync(tenant, async s =>
        {
            var head = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(UnitHead))!;
            await s.GetRequiredService<IAccessList>().RemoveAsync(new ResourceRef("outgoing", draft.ToString()), head.Id, AccessPosition.Approver);
            return true;
        });
        var gone = await agency.GetJsonAsync(UnitHead, "api/notifications");
        Assert.Equal(0, gone.GetProperty("unread").GetInt32());
        Assert.DoesNotContain(subject, gone.GetRawText());
        var page = await (await agency.AsAsync(UnitHead)).PageAsync($"{agency.Tenant}/notifications");
        Assert.DoesNotContain(subject, page.DocumentElement.TextContent);
    }

    private static string Prefix(JsonElement notices, Dictionary<string, string> form)
    {
        var text = Texts(notices).Single();
        return text[..(text.IndexOf(form["NumberSymbol"], StringComparison.Ordinal) + form["NumberSymbol"].Length)];
    }

    private static List<string> Texts(JsonElement notices) =>
        notices.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()!).ToList();
}
