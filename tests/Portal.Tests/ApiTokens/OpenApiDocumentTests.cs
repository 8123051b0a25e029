using System.Net;
using Portal.ApiTokens;
using Portal.Testing;

namespace Portal.Tests.ApiTokens;

/// <summary>The API is described at /{tenant}/openapi/v1.json for people signed in and tokens with api:read.</summary>
[Collection(ApiTokensCollection.Name)]
public sealed class OpenApiDocumentTests(ApiTokensFixture fixture)
{
    private const string Tenant = DemoAccounts.Department;
    private const string Document = Tenant + "/openapi/v1.json";

    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task The_document_describes_the_API_routes_and_no_page()
    {
        var browser = await fixture.Clients.GetAsync(Tenant, "chuyenvien2", DemoAccounts.Password);

        var answer = await browser.GetAsync(Document);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        var document = await Api.JsonAsync(answer);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Subset(paths.ToHashSet(), new HashSet<string> { "/api/me", "/api/users", "/api/audit" });
        Assert.All(paths, p => Assert.StartsWith("/api/", p));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ptk").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_document_is_not_readable_anonymously()
    {
        var answer = await Api.GetAsync(Server.BaseAddress, Document, token: null);

        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain("/api/me", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_with_api_read_reads_the_document()
    {
        var token = await TenantWork.IssueAsync(Server, Tenant, "chuyenvien2", DateTime.UtcNow.AddDays(1), ApiScopes.Read);

        var answer = await Api.GetAsync(Server.BaseAddress, Document, token);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("/api/me", await answer.Content.ReadAsStringAsync());
    }
}
