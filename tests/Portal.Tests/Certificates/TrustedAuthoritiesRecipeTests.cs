using System.Net;
using System.Runtime.Versioning;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Identity.Certificates;

namespace Portal.Tests.Certificates;

/// <summary>
/// The "trustedAuthorities" recipe step: CAs with their CRLs inline as PEM, or a throw-away test CA
/// whose certificates a demonstration agency's people import; a wrong CA or CRL stops the recipe
/// before the agency exists.
/// </summary>
[Collection(CertificateServerCollection.Name)]
public sealed class TrustedAuthoritiesRecipeTests(CertificateServerFixture fixture)
{
    private const string SignInForm = "form[action$='/account/certificate']";
    private const string TestCertificateAuthorityFolder = "test-certificates";

    [Fact]
    public async Task A_recipe_trusts_a_CA_given_inline_as_PEM_with_its_CRL()
    {
        using var authority = new TestAuthority("CA trong công thức");
        var recipe = WriteRecipe(new JsonObject
        {
            ["authorities"] = new JsonArray(new JsonObject
            {
                ["certificate"] = authority.CertificatePem,
                ["crl"] = TestAuthority.Pem(authority.Crl()),
            }),
        });
        var tenant = await fixture.NewTenantAsync("cert-recipe", recipe);

        var trusted = Assert.Single(await fixture.RunAsync(tenant, s => s.GetRequiredService<TrustStore>().ListAsync(CancellationToken.None)));

        Assert.Equal(CertificateText.Thumbprint(authority.Certificate), trusted.Thumbprint);
        Assert.True(trusted.CrlNextUpdateUtc > DateTime.UtcNow);
        using var certificate = authority.Issue("Quản trị xã");
        await fixture.BindAsync(tenant, "quantri", certificate);
        using var admin = new CertificateBrowser(fixture.Server, certificate);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"{tenant}/account/certificate", SignInForm)).StatusCode);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_demonstration_recipe_makes_its_own_test_CA_whose_certificates_sign_in()
    {
        var recipe = WriteRecipe(new JsonObject
        {
            ["testAuthority"] = new JsonObject { ["users"] = new JsonArray("quantri"), ["password"] = CertificateServerFixture.Password },
        });
        var tenant = await fixture.NewTenantAsync("cert-demo", recipe);
        var file = Path.Combine(fixture.Server.DataFolder, "Sites", tenant, TestCertificateAuthorityFolder, "quantri.pfx");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, CertificateServerFixture.Password);
        Assert.True(certificate.HasPrivateKey);
        using var admin = new CertificateBrowser(fixture.Server, certificate);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"{tenant}/account/certificate", SignInForm)).StatusCode);
        var page = await admin.PageAsync($"{tenant}/admin/certificates");
        Assert.Contains("Dùng được", page.QuerySelector("#authorities tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_with_a_wrong_CA_or_CRL_is_refused_before_the_agency_is_created()
    {
        using var authority = new TestAuthority("CA đúng");
        using var other = new TestAuthority("CA khác");
        using var person = authority.Issue("Một người");
        var recipe = WriteRecipe(new JsonObject
        {
            ["authorities"] = new JsonArray(
                new JsonObject { ["certificate"] = "không phải PEM" },
                new JsonObject { ["certificate"] = person.ExportCertificatePem() },
                new JsonObject { ["certificate"] = authority.CertificatePem, ["crl"] = TestAuthority.Pem(other.Crl()) },
                new JsonObject
                {
                    ["certificate"] = other.CertificatePem,
                    ["crl"] = TestAuthority.Pem(other.Crl(thisUpdate: DateTimeOffset.UtcNow.AddDays(-9), nextUpdate: DateTimeOffset.UtcNow.AddDays(-2))),
                }),
        });
        var name = CertificateServerFixture.UniqueName("cert-bad");

        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => fixture.Server.CreateTenantAsync(name, recipe));

        Assert.Contains(refused.Errors, e => e.Contains("CA thứ 1", StringComparison.Ordinal) && e.Contains(CertificateFiles.NotACertificate, StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains("CA thứ 2", StringComparison.Ordinal) && e.Contains("không phải chứng thư của tổ chức cấp", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains("CA thứ 3", StringComparison.Ordinal) && e.Contains("không do CA này ký", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains("CA thứ 4", StringComparison.Ordinal) && e.Contains("đã hết hiệu lực", StringComparison.Ordinal));
        Assert.Null(await fixture.Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None));
    }

    /// <summary>The commune recipe with a "trustedAuthorities" step added; returns the new recipe's name.</summary>
    private string WriteRecipe(JsonObject step)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.RecipesFolder, "commune.json")))!.AsObject();
        step["name"] = "trustedAuthorities";
        recipe["steps"]!.AsArray().Add(step);
        var name = "chung-thu-" + Guid.NewGuid().ToString("N")[..8];
        recipe["name"] = name;
        File.WriteAllText(Path.Combine(fixture.RecipesFolder, name + ".json"), recipe.ToJsonString());
        return name;
    }
}
