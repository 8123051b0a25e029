using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Testing;

namespace Portal.Tests.Access;

/// <summary>
/// Every user of the demo department × documents of every level × every access-list position: the
/// document answers exactly when clearance covers its level and the user is on its list; otherwise
/// the answer is byte-for-byte the one for an id that does not exist.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private const string Tenant = DemoAccounts.Department;

    private static readonly Dictionary<string, int> Clearances = new()
    {
        ["vanthu"] = 2, ["giamdoc"] = 2, ["truongphong"] = 1, ["chuyenvien"] = 1, ["chuyenvien2"] = 0, ["quantri"] = 0,
    };

    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task Documents_exist_exactly_for_cleared_users_on_their_access_list()
    {
        var users = await UserIdsAsync();
        var clients = new Dictionary<string, PortalClient>();
        foreach (var name in Clearances.Keys)
        {
            clients[name] = Server.Client();
            Assert.True(await clients[name].SignInAsync(Tenant, name, DemoAccounts.Password), name);
        }
        var cases = 0;
        foreach (var level in Enum.GetValues<SecrecyLevel>())
        {
            foreach (var position in Enum.GetValues<AccessPosition>())
            {
                var document = $"{level}-{position}-{Guid.NewGuid():N}";
                TestDocuments.Add(document, level);
                // The list holds the Mật-cleared officer and the uncleared admin, each in this position.
                await AddAsync(document, users["chuyenvien"], position);
                await AddAsync(document, users["quantri"], position);
                var missing = await SnapshotAsync(clients["chuyenvien"], $"{Tenant}/test-documents/khong-co-{Guid.NewGuid():N}");
                foreach (var (name, client) in clients)
                {
                    var listed = name is "chuyenvien" or "quantri";
                    var expected = listed && level != SecrecyLevel.TuyetMat && Clearances[name] >= (int)level;
                    var answer = await SnapshotAsync(client, $"{Tenant}/test-documents/{document}");
                    if (expected)
                        Assert.True(answer.Status == HttpStatusCode.OK && answer.Body.Contains(document), $"{name} should see {document}");
                    else
                        Assert.True(answer == missing, $"{name} on {document}: {answer} differs from a missing id {missing}");
                    cases++;
                }
            }
        }
        Assert.Equal(Enum.GetValues<SecrecyLevel>().Length * Enum.GetValues<AccessPosition>().Length * Clearances.Count, cases);
    }

    [Fact]
    public async Task Anonymous_and_other_tenants_users_get_the_missing_answer()
    {
        var users = await UserIdsAsync();
        var document = "mat-" + Guid.NewGuid().ToString("N");
        TestDocuments.Add(document, SecrecyLevel.Mat);
        await AddAsync(document, users["chuyenvien"], AccessPosition.LeadHandler);
        using var anonymous = Server.Client();
        using var otherTenant = Server.Client();
        Assert.True(await otherTenant.SignInAsync(DemoAccounts.Commune, DemoAccounts.TenantAdmin, DemoAccounts.Password));

        foreach (var client in new[] { anonymous, otherTenant })
        {
            var missing = await SnapshotAsync(client, $"{Tenant}/test-documents/khong-co-{Guid.NewGuid():N}");
            var forbidden = await SnapshotAsync(client, $"{Tenant}/test-documents/{document}");
            Assert.Equal(HttpStatusCode.NotFound, forbidden.Status);
            Assert.Equal(missing, forbidden);
        }
    }

    private async Task<Dictionary<string, string>> UserIdsAsync()
    {
        var tenant = (await Server.Get<TenantHost>().ActivateAsync(Tenant))!;
        return await Server.Get<TenantHost>().RunAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var ids = new Dictionary<string, string>();
            foreach (var name in Clearances.Keys)
                ids[name] = (await users.FindByNameAsync(name))!.Id;
            return ids;
        });
    }

    private async Task AddAsync(string document, string userId, AccessPosition position)
    {
        var tenant = (await Server.Get<TenantHost>().ActivateAsync(Tenant))!;
        await Server.Get<TenantHost>().RunAsync(tenant, async services =>
        {
            await services.GetRequiredService<IAccessList>().AddAsync(new AccessEntrySpec(
                new ResourceRef(TestDocuments.Kind, document), userId, position, "Phục vụ kiểm thử", "baomat"));
            return true;
        });
    }

    private static async Task<Answer> SnapshotAsync(PortalClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not "Date")
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}")
            .Order(StringComparer.Ordinal);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), string.Join("\n", headers));
    }

    private sealed record Answer(HttpStatusCode Status, string Body, string Headers);
}
