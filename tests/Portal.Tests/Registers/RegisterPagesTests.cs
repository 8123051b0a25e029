using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Audit;
using Portal.Registers;
using Portal.Testing;
using Portal.Tests.ApiTokens;
using Portal.Tests.Support;

namespace Portal.Tests.Registers;

/// <summary>The tenant admin's /admin/registers over real HTTP: what the admin sees and changes, what is refused, what is audited.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class RegisterPagesTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    private async Task<(string Tenant, PortalClient Admin)> NewCommuneAsync()
    {
        var tenant = UniqueNames.Tenant("xa-so-vb");
        await Server.CreateTenantAsync(tenant);
        return (tenant, await fixture.Clients.TenantAdminAsync(tenant));
    }

    private Task<IReadOnlyList<AuditEntryInfo>> AuditAsync(string tenant, string action) =>
        TenantWork.RunAsync(Server, tenant, s => s.GetRequiredService<IAuditReader>().ReadAsync(new AuditSearch(Action: action)));

    [Fact]
    public async Task The_admin_sees_the_incoming_register_and_the_hand_over_book_of_the_recipe_with_their_columns()
    {
        var (tenant, admin) = await NewCommuneAsync();

        var list = await admin.PageAsync(RegisterPages.List(tenant));

        var incoming = RegisterPages.Row(list, "BMNN-DEN")!;
        Assert.Contains("Sổ đăng ký bí mật nhà nước đến", incoming.TextContent);
        Assert.Contains("Đang dùng", incoming.TextContent);
        Assert.Equal(["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu", "Độ mật", "Số lượng bản",
            "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"], RegisterPages.Columns(incoming));
        var handOver = RegisterPages.Row(list, "BMNN-CG")!;
        Assert.Contains("Sổ chuyển giao", handOver.TextContent);
        Assert.Contains("Người giao", RegisterPages.Columns(handOver));
        Assert.NotNull(list.QuerySelector("#subjects input[name=showMat]")!.GetAttribute("checked"));
        Assert.Null(list.QuerySelector("#subjects input[name=showToiMat]")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task The_admin_creates_a_book_with_columns_in_the_chosen_order_and_the_creation_is_audited()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var fields = RegisterPages.Positions("arrival-number", "arrival-date", "classification", "type-subject")
            .With("Code", "BMNN-DEN-TM").With("Name", "Sổ đăng ký văn bản Tối mật đến").With("Kind", "Incoming");

        var created = await admin.SubmitAsync(RegisterPages.List(tenant) + "/new", fields, "/admin/registers/new");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await PortalClient.ParseAsync(await admin.FollowAsync(created));
        Assert.Contains("Đã tạo sổ 'Sổ đăng ký văn bản Tối mật đến'.", page.QuerySelector(".alert-success")?.TextContent);
        var book = await RegisterWork.BookAsync(Server, tenant, "BMNN-DEN-TM");
        Assert.NotNull(book);
        Assert.Equal(RegisterKind.Incoming, book.Kind);
        Assert.Equal([RegisterColumn.ArrivalNumber, RegisterColumn.ArrivalDate, RegisterColumn.Classification, RegisterColumn.TypeAndSubject], book.Columns);
        var entry = Assert.Single(await AuditAsync(tenant, "register.created"));
        Assert.Equal((DemoAccounts.TenantAdmin, "BMNN-DEN-TM"), (entry.UserName, entry.TargetId));
        Assert.Contains("Số đến, Ngày đến, Độ mật, Tên loại và trích yếu", entry.Details);
        Assert.Equal(1, (await RegisterWork.TakeAsync(Server, tenant, "BMNN-DEN-TM", DateTimeOffset.UtcNow)).Number);
    }

    [Fact]
    public async Task The_security_officer_reads_register_changes_in_the_audit_trail_by_their_Vietnamese_names()
    {
        var tenant = DemoAccounts.Department;
        var admin = await fixture.Clients.TenantAdminAsync(tenant);
        var code = "KT-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var fields = RegisterPages.Positions("arrival-number", "arrival-date").With("Code", code).With("Name", "Sổ thử nhật ký").With("Kind", "Incoming");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(RegisterPages.List(tenant) + "/new", fields, "/admin/registers/new")).StatusCode);

        var officer = await fixture.Clients.GetAsync(tenant, "baomat", DemoAccounts.Password);
        var page = await officer.PageAsync($"{tenant}/admin/audit?Action=register.created");

        var row = page.QuerySelectorAll("#audit tbody tr").Single(r => r.TextContent.Contains(code));
        Assert.Contains("Tạo sổ văn bản", row.TextContent);
        Assert.Contains("Sổ văn bản", row.TextContent);
        Assert.DoesNotContain("register.created", row.TextContent);
        Assert.Contains(page.QuerySelectorAll("#Action option"), o => o.GetAttribute("value") == "register.created" && o.TextContent == "Tạo sổ văn bản");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_every_reason_in_Vietnamese_and_nothing_is_created()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var fields = RegisterPages.Positions("arrival-date", "arrival-number")
            .With("Positions[issuer]", "abc").With("Positions[notes]", "2")
            .With("Code", "sổ đến").With("Name", " ").With("Kind", "Incoming");

        var refused = await admin.SubmitAsync(RegisterPages.List(tenant) + "/new", fields, "/admin/registers/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = Pages.FormErrors(await PortalClient.ParseAsync(refused));
        Assert.Equal(
        [
            "Mã sổ chỉ gồm chữ cái không dấu, chữ số và các dấu '-', '_', '.'; bắt đầu bằng chữ cái hoặc chữ số.",
            "Tên sổ phải có từ 1 đến 300 ký tự.",
            "Thứ tự của cột 'Tác giả' phải là số nguyên từ 1 đến 99.",
            "Các cột 'Số đến', 'Ghi chú' trùng thứ tự 2.",
        ], errors);
        var duplicate = await admin.SubmitAsync(RegisterPages.List(tenant) + "/new",
            new Dictionary<string, string> { ["Code"] = "BMNN-DEN", ["Name"] = "Sổ thứ hai", ["Kind"] = "Incoming" }, "/admin/registers/new");
        Assert.Equal(["Đã có sổ mã 'BMNN-DEN'.", "Chọn ít nhất một cột để in trong sổ (ghi thứ tự vào cột cần in)."],
            Pages.FormErrors(await PortalClient.ParseAsync(duplicate)));
        var list = await admin.PageAsync(RegisterPages.List(tenant));
        Assert.Equal(3, list.QuerySelectorAll("#registers tbody tr").Length);
        Assert.Empty(await AuditAsync(tenant, "register.created"));
    }

    [Fact]
    public async Task The_admin_changes_a_books_name_and_columns_then_stops_and_resumes_it_each_change_audited()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var bookPath = RegisterPages.BookPath(await admin.PageAsync(RegisterPages.List(tenant)), "BMNN-CG");
        var bookAction = "/" + bookPath.Split('/', 2)[1];

        var saved = await admin.SubmitAsync(bookPath, RegisterPages.Positions("hand-over-date", "number-symbol", "classification", "copy-count",
            "handed-over-by", "recipient", "receipt-signature").With("Name", "Sổ chuyển giao tài liệu mật"), bookAction);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = RegisterPages.Row(await admin.PageAsync(RegisterPages.List(tenant)), "BMNN-CG")!;
        Assert.Contains("Sổ chuyển giao tài liệu mật", row.TextContent);
        Assert.Equal(["Ngày chuyển", "Số, ký hiệu", "Độ mật", "Số lượng bản", "Người giao", "Đơn vị hoặc người nhận", "Ký nhận"],
            RegisterPages.Columns(row));

        var stopped = await admin.FollowAsync(await admin.SubmitAsync(bookPath, new Dictionary<string, string>(), bookAction + "/deactivate"));
        var page = await PortalClient.ParseAsync(stopped);
        Assert.Equal("Ngừng dùng", page.QuerySelector("#book-state")!.TextContent.Trim());
        await Assert.ThrowsAsync<RegisterUnavailableException>(() => RegisterWork.TakeAsync(Server, tenant, "BMNN-CG", DateTimeOffset.UtcNow));
        var resumed = await PortalClient.ParseAsync(await admin.FollowAsync(
            await admin.SubmitAsync(bookPath, new Dictionary<string, string>(), bookAction + "/activate")));
        Assert.Equal("Đang dùng", resumed.QuerySelector("#book-state")!.TextContent.Trim());

        Assert.Contains("Ngày chuyển, Số, ký hiệu", Assert.Single(await AuditAsync(tenant, "register.updated")).Details);
        Assert.Single(await AuditAsync(tenant, "register.deactivated"), e => e.TargetId == "BMNN-CG" && e.UserName == DemoAccounts.TenantAdmin);
        Assert.Single(await AuditAsync(tenant, "register.activated"), e => e.TargetId == "BMNN-CG");
    }

    [Fact]
    public async Task An_edit_without_any_column_is_refused_and_the_book_keeps_its_columns()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var bookPath = RegisterPages.BookPath(await admin.PageAsync(RegisterPages.List(tenant)), "BMNN-DEN");
        var before = (await RegisterWork.BookAsync(Server, tenant, "BMNN-DEN"))!.Columns;

        var refused = await admin.SubmitAsync(bookPath, new Dictionary<string, string> { ["Name"] = "Sổ đến" }, "/" + bookPath.Split('/', 2)[1]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Chọn ít nhất một cột để in trong sổ (ghi thứ tự vào cột cần in)."], Pages.FormErrors(await PortalClient.ParseAsync(refused)));
        var after = (await RegisterWork.BookAsync(Server, tenant, "BMNN-DEN"))!;
        Assert.Equal("Sổ đăng ký bí mật nhà nước đến", after.Name);
        Assert.Equal(before, after.Columns);
    }

    [Fact]
    public async Task The_subject_rule_per_level_is_saved_audited_and_given_to_the_modules_that_print_registers()
    {
        var (tenant, admin) = await NewCommuneAsync();

        var saved = await admin.SubmitAsync(RegisterPages.List(tenant), new Dictionary<string, string> { ["showToiMat"] = "true" }, "/admin/registers/subjects");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var subjects = (await RegisterWork.BookAsync(Server, tenant, "BMNN-DEN"))!.Subjects;
        Assert.False(subjects.Shows(SecrecyLevel.Mat));
        Assert.True(subjects.Shows(SecrecyLevel.ToiMat));
        Assert.False(subjects.Shows(SecrecyLevel.TuyetMat));
        Assert.Equal("Trích yếu văn bản Mật: không ghi; Tối mật: ghi vào sổ", Assert.Single(await AuditAsync(tenant, "register.subjects")).Details);
        var list = await admin.PageAsync(RegisterPages.List(tenant));
        Assert.Null(list.QuerySelector("#subjects input[name=showMat]")!.GetAttribute("checked"));
        Assert.NotNull(list.QuerySelector("#subjects input[name=showToiMat]")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task A_user_who_is_not_the_tenant_admin_is_refused_the_pages_and_the_changes()
    {
        var clerk = await fixture.Clients.GetAsync(DemoAccounts.Department, DemoAccounts.Clerk, DemoAccounts.Password);
        var list = RegisterPages.List(DemoAccounts.Department);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(list + "/new")).StatusCode);
        var created = await Pages.PostWithTokenAsync(clerk, DemoAccounts.Department + "/", list + "/new",
            RegisterPages.Positions("arrival-date").With("Code", "SO-LA").With("Name", "Sổ lạ").With("Kind", "Incoming"));
        var subjects = await Pages.PostWithTokenAsync(clerk, DemoAccounts.Department + "/", list + "/subjects",
            new Dictionary<string, string> { ["showMat"] = "true", ["showToiMat"] = "true" });

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, subjects.StatusCode);
        Assert.Null(await RegisterWork.BookAsync(Server, DemoAccounts.Department, "SO-LA"));
        Assert.DoesNotContain((await clerk.PageAsync(DemoAccounts.Department + "/")).QuerySelectorAll("a"),
            a => a.GetAttribute("href")?.EndsWith("/admin/registers", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_book_that_does_not_exist_answers_404_and_a_signed_out_visitor_is_sent_to_sign_in()
    {
        var (tenant, admin) = await NewCommuneAsync();
        using var visitor = Server.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(RegisterPages.List(tenant) + "/999999")).StatusCode);
        var signedOut = await visitor.GetAsync(RegisterPages.List(tenant));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains($"/{tenant}/account/login", signedOut.Headers.Location!.OriginalString);
    }
}
