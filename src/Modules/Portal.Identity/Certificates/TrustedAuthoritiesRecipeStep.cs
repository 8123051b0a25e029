using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Recipes;
using Portal.Identity.Recipes;

namespace Portal.Identity.Certificates;

/// <summary>
/// Recipe step "trustedAuthorities": the CAs whose certificates sign in to the agency, as PEM text,
/// each with its revocation list:
/// { "authorities": [ { "certificate": "-----BEGIN CERTIFICATE-----…", "crl": "-----BEGIN X509 CRL-----…" } ] }.
/// For demonstrations, "testAuthority": { "users": ["giamdoc"], "password": "…" } makes a throw-away CA
/// and issues those accounts sign-in certificates (see <see cref="TestCertificateAuthority"/>).
/// </summary>
internal sealed class TrustedAuthoritiesRecipeStep(TimeProvider clock) : IRecipeStep
{
    public string Name => "trustedAuthorities";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        var data = context.Data;
        var hasTest = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("testAuthority", out _);
        if (!RecipeJson.HasArray(data, "authorities") && !hasTest)
            yield return "thiếu danh sách 'authorities' (hoặc 'testAuthority').";
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (item, index) in RecipeJson.Array(data, "authorities").Select((a, i) => (a, i + 1)))
        {
            foreach (var problem in Problems(item, now))
                yield return $"CA thứ {index}: {problem}";
        }
        if (hasTest)
        {
            var test = data.GetProperty("testAuthority");
            if (RecipeJson.Texts(test, "users").Count == 0)
                yield return "'testAuthority' phải có danh sách 'users' (tên đăng nhập được cấp chứng thư thử nghiệm).";
            if (RecipeJson.Text(test, "password").Length < 8)
                yield return "'testAuthority' phải có 'password' (ít nhất 8 ký tự) để bảo vệ tệp chứng thư thử nghiệm.";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<TrustStore>();
        foreach (var item in RecipeJson.Array(context.Data, "authorities"))
        {
            await store.AddAuthorityAsync(Encoding.UTF8.GetBytes(RecipeJson.Text(item, "certificate")), cancellationToken);
            if (RecipeJson.Text(item, "crl") is { Length: > 0 } crl)
                await store.UpdateCrlAsync(Encoding.UTF8.GetBytes(crl), cancellationToken);
        }
        if (context.Data.TryGetProperty("testAuthority", out var test))
            await TestCertificateAuthority.CreateAsync(context.Services, context.Tenant, RecipeJson.Texts(test, "users"),
                RecipeJson.Text(test, "password"), cancellationToken);
    }

    private static IEnumerable<string> Problems(JsonElement item, DateTime now)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = CertificateFiles.ReadCertificate(Encoding.UTF8.GetBytes(RecipeJson.Text(item, "certificate")));
        }
        catch (RequestRefusedException e)
        {
            return ["'certificate': " + string.Join(" ", e.Errors)];
        }
        using (certificate)
        {
            var problems = TrustStore.AuthorityProblems(certificate, now).ToList();
            if (RecipeJson.Text(item, "crl") is { Length: > 0 } crl)
                problems.AddRange(CrlProblems(Encoding.UTF8.GetBytes(crl), certificate, now));
            return problems;
        }
    }

    private static IEnumerable<string> CrlProblems(byte[] crl, X509Certificate2 authority, DateTime now)
    {
        RevocationList list;
        try
        {
            list = RevocationList.Parse(CertificateFiles.ReadCrl(crl));
        }
        catch (RequestRefusedException e)
        {
            return ["'crl': " + string.Join(" ", e.Errors)];
        }
        var problems = new List<string>();
        if (!list.IsSignedBy(authority))
            problems.Add("'crl' không do CA này ký.");
        if (list.NextUpdateUtc is not { } next || next < now)
            problems.Add("'crl' đã hết hiệu lực (quá ngày cập nhật tiếp theo).");
        return problems;
    }
}
