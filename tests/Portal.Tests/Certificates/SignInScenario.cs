using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Identity.Certificates;
using Portal.Identity.Models;

namespace Portal.Tests.Certificates;

/// <summary>
/// Three agencies, each trusting its own CA: in A, accounts with a valid, a revoked, an expired and a
/// disabled account's certificate, and a valid certificate bound to nobody; B's own person; C, whose
/// revocation list has passed its next update; and a certificate of a CA nobody trusts.
/// </summary>
public sealed class SignInScenario : IDisposable
{
    public const string ValidUser = "nguyenvana";
    public const string ValidFullName = "Nguyễn Văn An";

    private readonly List<IDisposable> _owned = [];

    public required string A { get; init; }
    public required string B { get; init; }
    public required string C { get; init; }
    public required X509Certificate2 Valid { get; init; }
    public required X509Certificate2 Revoked { get; init; }
    public required X509Certificate2 Expired { get; init; }
    public required X509Certificate2 OfDisabledAccount { get; init; }
    public required X509Certificate2 Unbound { get; init; }
    public required X509Certificate2 OfB { get; init; }
    public required X509Certificate2 OfC { get; init; }
    public required X509Certificate2 Stranger { get; init; }

    /// <summary>A certificate by its property's name (test data names them).</summary>
    public X509Certificate2 Certificate(string name) =>
        (X509Certificate2)(GetType().GetProperty(name)?.GetValue(this) ?? throw new ArgumentException(name, nameof(name)));

    public static async Task<SignInScenario> CreateAsync(CertificateServerFixture fixture)
    {
        var (a, b, c) = (await fixture.NewTenantAsync("cert-a"), await fixture.NewTenantAsync("cert-b"), await fixture.NewTenantAsync("cert-c"));
        var caA = new TestAuthority("CA A");
        var caB = new TestAuthority("CA B");
        var caC = new TestAuthority("CA C");
        var unknown = new TestAuthority("CA lạ");
        var scenario = new SignInScenario
        {
            A = a, B = b, C = c,
            Valid = caA.Issue(ValidFullName),
            Revoked = caA.Issue("Trần Thị Bình"),
            Expired = caA.Issue("Lê Thị Cúc", DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-1)),
            OfDisabledAccount = caA.Issue("Phạm Văn Dũng"),
            Unbound = caA.Issue("Hoàng Văn Em"),
            OfB = caB.Issue("Đỗ Thị Giang"),
            OfC = caC.Issue("Vũ Văn Hải"),
            Stranger = unknown.Issue("Người lạ"),
        };
        scenario._owned.AddRange([caA, caB, caC, unknown]);

        await fixture.TrustAsync(a, caA, caA.Crl());
        await fixture.CreateUserAsync(a, ValidUser, ValidFullName);
        await fixture.BindAsync(a, ValidUser, scenario.Valid);
        await fixture.CreateUserAsync(a, "tranthib", "Trần Thị Bình");
        await fixture.BindAsync(a, "tranthib", scenario.Revoked);
        await fixture.CreateUserAsync(a, "phamvand", "Phạm Văn Dũng");
        await fixture.BindAsync(a, "phamvand", scenario.OfDisabledAccount);
        await fixture.CreateUserAsync(a, "lethic", "Lê Thị Cúc");
        await BindRegardlessAsync(fixture, a, "lethic", scenario.Expired);
        await fixture.UpdateCrlAsync(a, caA.Crl([scenario.Revoked]));
        await fixture.RunAsync(a, async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("phamvand"))!;
            user.IsDisabled = true;
            return await users.UpdateAsync(user);
        });

        await fixture.TrustAsync(b, caB, caB.Crl());
        await fixture.CreateUserAsync(b, "dothig", "Đỗ Thị Giang");
        await fixture.BindAsync(b, "dothig", scenario.OfB);

        await fixture.TrustAsync(c, caC, caC.Crl());
        await fixture.CreateUserAsync(c, "vuvanh", "Vũ Văn Hải");
        await fixture.BindAsync(c, "vuvanh", scenario.OfC);
        await ReplaceCrlAsync(fixture, c, caC.Crl(thisUpdate: DateTimeOffset.UtcNow.AddDays(-8), nextUpdate: DateTimeOffset.UtcNow.AddDays(-1)));
        return scenario;
    }

    /// <summary>A binding made while the certificate was still valid (the admin page would refuse an expired one today).</summary>
    private static Task BindRegardlessAsync(CertificateServerFixture fixture, string tenant, string userName, X509Certificate2 certificate) =>
        fixture.RunAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var result = await users.AddLoginAsync((await users.FindByNameAsync(userName))!,
                new UserLoginInfo(CertificateLimits.LoginProvider, CertificateText.Thumbprint(certificate), CertificateText.Describe(certificate)));
            Assert.True(result.Succeeded);
            return result;
        });

    /// <summary>Time passing: the stored list, genuine and once current, is now past its next update.</summary>
    private static Task ReplaceCrlAsync(CertificateServerFixture fixture, string tenant, byte[] crl) =>
        fixture.RunAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<CertificatesDb>();
            var authority = await db.Authorities.SingleAsync();
            authority.Crl = crl;
            return await db.SaveChangesAsync();
        });

    public void Dispose()
    {
        foreach (var certificate in new[] { Valid, Revoked, Expired, OfDisabledAccount, Unbound, OfB, OfC, Stranger })
            certificate.Dispose();
        foreach (var owned in _owned)
            owned.Dispose();
    }
}
