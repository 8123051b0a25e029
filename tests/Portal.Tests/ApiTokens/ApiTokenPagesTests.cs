using System.Net;
using System.Text;
using Portal.ApiTokens;
using Portal.ApiTokens.Services;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.ApiTokens;

/// <summary>A person's own tokens on /account/tokens: created with the secret shown once, listed, used, revoked; never stored in clear.</summary>
[Collection(ApiTokensCollection.Name)]
public sealed class ApiTokenPagesTests(ApiTokensFixture fixture)
{
    private const string Tenant = DemoAccounts.Department;

    private PortalTestServer Server => fixture.Server;

    private Task<PortalClient> SignedInAsync(string userName) => fixture.Clients.GetAsync(Tenant, userName, DemoAccounts.Password);

    [Fact]
    public async Task A_person_creates_uses_and_revokes_a_token_on_their_pages()
    {
        var browser = await SignedInAsync("chuyenvien2");
        var name = "Đồng bộ danh bạ " + Guid.NewGuid().ToString("N")[..6];

        var secret = await TokenPages.CreateAsync(browser, Tenant, name, ApiScopes.Read);
        Assert.True(ApiTokenSecret.IsWellFormed(secret), secret);
        var row = await TokenPages.RowAsync(browser, Tenant, name);
        Assert.NotNull(row);
        Assert.Equal("api:read", TokenPages.Cell(row, "token-scopes"));
        Assert.Equal("Đang dùng được", TokenPages.Cell(row, "token-state"));
        Assert.Equal("Chưa dùng", TokenPages.Cell(row, "token-last-used"));

        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", secret)).StatusCode);
        row = await TokenPages.RowAsync(browser, Tenant, name);
        Assert.NotEqual("Chưa dùng", TokenPages.Cell(row!, "token-last-used"));

        var revoked = await TokenPages.RevokeAsync(browser, Tenant, row!.GetAttribute("data-token-id")!);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("Đã thu hồi", TokenPages.Cell((await TokenPages.RowAsync(browser, Tenant, name))!, "token-state"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", secret)).StatusCode);
    }

    [Fact]
    public async Task The_form_refuses_a_lifetime_outside_1_to_90_days_an_empty_name_and_no_scope()
    {
        var browser = await SignedInAsync("chuyenvien2");
        var name = "Quá hạn " + Guid.NewGuid().ToString("N")[..6];

        foreach (var days in new[] { "91", "0", "ba mươi" })
        {
            var refused = await PortalClient.ParseAsync(await TokenPages.SubmitAsync(browser, Tenant, name, days, ApiScopes.Read));
            Assert.Contains("từ 1 đến 90 ngày", string.Join(" ", Pages.FormErrors(refused)));
            Assert.Null(refused.QuerySelector("#token-secret"));
        }

        var empty = await PortalClient.ParseAsync(await TokenPages.SubmitAsync(browser, Tenant, " ", "30"));
        var errors = string.Join(" ", Pages.FormErrors(empty));
        Assert.Contains("Tên khóa là bắt buộc", errors);
        Assert.Contains("Chọn ít nhất một phạm vi", errors);
        Assert.Null(await TokenPages.RowAsync(browser, Tenant, name));
    }

    [Fact]
    public async Task Nobody_sees_or_revokes_another_persons_token()
    {
        var owner = await SignedInAsync("chuyenvien2");
        var other = await SignedInAsync("chuyenvien");
        var name = "Của riêng tôi " + Guid.NewGuid().ToString("N")[..6];
        var secret = await TokenPages.CreateAsync(owner, Tenant, name, ApiScopes.Read);
        var id = (await TokenPages.RowAsync(owner, Tenant, name))!.GetAttribute("data-token-id")!;

        Assert.Null(await TokenPages.RowAsync(other, Tenant, name));
        var refused = await Pages.PostWithTokenAsync(other, TokenPages.List(Tenant), $"{Tenant}/account/tokens/{id}/revoke");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", secret)).StatusCode);
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_only_its_hash_is_stored()
    {
        var browser = await SignedInAsync("chuyenvien2");
        var name = "Không lưu khóa " + Guid.NewGuid().ToString("N")[..6];
        var secret = await TokenPages.CreateAsync(browser, Tenant, name, ApiScopes.Read);

        var list = await (await browser.GetAsync(TokenPages.List(Tenant))).Content.ReadAsStringAsync();
        Assert.Contains(secret[..ApiTokenSecret.PrefixLength], list);
        Assert.DoesNotContain(secret, list);
        var stored = StoredBytes(Tenant);
        Assert.True(Contains(stored, ApiTokenSecret.Hash(secret)), "the token's hash should be in the tenant's store");
        Assert.False(Contains(stored, secret), "the token's secret is in the tenant's store");
        Assert.False(Contains(stored, secret[ApiTokenSecret.PrefixLength..]), "the secret part of the token is in the tenant's store");
    }

    [Fact]
    public async Task A_token_opens_no_page_and_cannot_make_more_tokens()
    {
        var browser = await SignedInAsync("chuyenvien2");
        var secret = await TokenPages.CreateAsync(browser, Tenant, "Thử trang " + Guid.NewGuid().ToString("N")[..6], ApiScopes.Read);

        foreach (var page in new[] { TokenPages.List(Tenant), $"{Tenant}/account/tokens/new", $"{Tenant}/" })
        {
            var answer = await Api.GetAsync(Server.BaseAddress, page, secret);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal("token_not_accepted", (await Api.JsonAsync(answer)).GetProperty("error").GetString());
        }
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{Tenant}/account/tokens/new")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Khóa từ khóa", ["Scopes"] = ApiScopes.Read, ["ExpiresInDays"] = "90" }),
        };
        post.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        using var made = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Unauthorized, made.StatusCode);
        Assert.Null(await TokenPages.RowAsync(browser, Tenant, "Khóa từ khóa"));
    }

    [Fact]
    public async Task Creating_and_revoking_are_audited_and_the_security_officer_reads_them_through_the_API()
    {
        var officer = await SignedInAsync("baomat");
        var auditToken = await TokenPages.CreateAsync(officer, Tenant, "Đọc nhật ký " + Guid.NewGuid().ToString("N")[..6], ApiScopes.AuditRead);
        var browser = await SignedInAsync("chuyenvien2");
        var name = "Kiểm toán " + Guid.NewGuid().ToString("N")[..6];
        await TokenPages.CreateAsync(browser, Tenant, name, ApiScopes.Read);
        await TokenPages.RevokeAsync(browser, Tenant, (await TokenPages.RowAsync(browser, Tenant, name))!.GetAttribute("data-token-id")!);

        foreach (var action in new[] { ApiTokenAuditActions.Created, ApiTokenAuditActions.Revoked })
        {
            var answer = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/audit?action={action}&limit=1000", auditToken);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var entries = (await Api.JsonAsync(answer)).EnumerateArray().ToList();
            Assert.Contains(entries, e => e.GetProperty("userName").GetString() == "chuyenvien2"
                && e.GetProperty("details").GetString()!.Contains(name, StringComparison.Ordinal));
            Assert.All(entries, e => Assert.Equal(action, e.GetProperty("action").GetString()));
        }
        var viewed = await Api.JsonAsync(await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/audit?action=audit.viewed&limit=5", auditToken));
        Assert.Contains(viewed.EnumerateArray(), e => e.GetProperty("userName").GetString() == "baomat"
            && e.GetProperty("details").GetString()!.StartsWith("qua API", StringComparison.Ordinal));
    }

    private byte[] StoredBytes(string tenant) => TenantStores.Everything(Server, tenant);

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
