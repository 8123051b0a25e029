using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.ApiTokens;
using Portal.Testing;
using Portal.Tests.Access;

namespace Portal.Tests.ApiTokens;

/// <summary>
/// A token reads a protected document only through the one access check, as its owner would: on the
/// list and cleared, it reads; otherwise the answer is the one for an id that does not exist. A token
/// never has a fresh second factor, so a copy of a Tối mật document is refused to it.
/// </summary>
[Collection(ApiTokensCollection.Name)]
public sealed class ApiTokenDocumentTests(ApiTokensFixture fixture)
{
    private const string Tenant = DemoAccounts.Department;

    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task A_token_of_a_person_on_the_list_reads_a_Mat_document()
    {
        var document = await ListedDocumentAsync(DemoAccounts.Officer);
        var token = await TenantWork.IssueAsync(Server, Tenant, DemoAccounts.Officer, DateTime.UtcNow.AddDays(1), ApiScopes.Read);

        var answer = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/{document}", token);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(document, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_of_a_person_not_on_the_list_gets_the_answer_for_a_missing_id()
    {
        var document = await ListedDocumentAsync(DemoAccounts.Officer);
        var token = await TenantWork.IssueAsync(Server, Tenant, "truongphong", DateTime.UtcNow.AddDays(1), ApiScopes.Read);

        var missing = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/khong-co-{Guid.NewGuid():N}", token);
        var hidden = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/{document}", token);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(missing.StatusCode, hidden.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_without_api_read_reads_no_document_even_of_a_person_on_the_list()
    {
        var document = await ListedDocumentAsync(DemoAccounts.Officer);
        var token = await TenantWork.IssueAsync(Server, Tenant, DemoAccounts.Officer, DateTime.UtcNow.AddDays(1), ApiScopes.AuditRead);

        var missing = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/khong-co-{Guid.NewGuid():N}", token);
        var hidden = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/{document}", token);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_never_downloads_a_Toi_mat_document_even_for_a_person_who_may_read_it()
    {
        var toiMat = await ListedDocumentAsync(DemoAccounts.Clerk, SecrecyLevel.ToiMat);
        var mat = await ListedDocumentAsync(DemoAccounts.Clerk, SecrecyLevel.Mat);
        var token = await TenantWork.IssueAsync(Server, Tenant, DemoAccounts.Clerk, DateTime.UtcNow.AddDays(1), ApiScopes.Read);

        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/{toiMat}", token)).StatusCode);
        var matCopy = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/{mat}/download", token);
        Assert.Equal(HttpStatusCode.OK, matCopy.StatusCode);
        Assert.Equal("application/pdf", matCopy.Content.Headers.ContentType?.MediaType);

        var refused = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/test-documents/{toiMat}/download", token);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("xác thực lại", await refused.Content.ReadAsStringAsync());
    }

    private async Task<string> ListedDocumentAsync(string userName, SecrecyLevel level = SecrecyLevel.Mat)
    {
        var document = $"{level}-api-{Guid.NewGuid():N}";
        TestDocuments.Add(document, level);
        var userId = await TenantWork.UserIdAsync(Server, Tenant, userName);
        await TenantWork.RunAsync(Server, Tenant, async s =>
        {
            await s.GetRequiredService<IAccessList>().AddAsync(new AccessEntrySpec(new ResourceRef(TestDocuments.Kind, document), userId,
                AccessPosition.LeadHandler));
            return true;
        });
        return document;
    }
}
