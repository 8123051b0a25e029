using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Org.BouncyCastle.Math;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;

namespace Portal.Identity.Certificates;

/// <summary>
/// The agency's trusted CAs and their revocation lists, in the agency's own store. Every change is in
/// the audit trail, in the same transaction as the change.
/// </summary>
public sealed class TrustStore(CertificatesDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit, TimeProvider clock)
{
    public Task<List<TrustedAuthority>> ListAsync(CancellationToken cancellationToken) =>
        db.Authorities.AsNoTracking().OrderBy(a => a.Subject).ToListAsync(cancellationToken);

    /// <summary>The CAs as the admin's page shows them, without loading the lists themselves (a national CA's runs to megabytes).</summary>
    public async Task<List<AuthorityRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Authorities.AsNoTracking().OrderBy(a => a.Subject)
            .Select(a => new { a.Id, a.Subject, a.Thumbprint, a.NotAfterUtc, HasCrl = a.Crl != null, a.CrlThisUpdateUtc, a.CrlNextUpdateUtc, a.CrlEntries })
            .ToListAsync(cancellationToken);
        return rows.Select(a => AuthorityRow.Of(a.Id, a.Subject, a.Thumbprint, a.NotAfterUtc, a.HasCrl ? (a.CrlThisUpdateUtc, a.CrlNextUpdateUtc, a.CrlEntries) : null, now))
            .ToList();
    }

    /// <summary>Adds a CA certificate (DER or PEM); refused when it is not a CA's, has expired or is there already.</summary>
    public async Task<TrustedAuthority> AddAuthorityAsync(byte[] file, CancellationToken cancellationToken)
    {
        using var certificate = CertificateFiles.ReadCertificate(file);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var problem in AuthorityProblems(certificate, now))
            throw new RequestRefusedException(problem);
        var thumbprint = CertificateText.Thumbprint(certificate);
        if (await db.Authorities.AnyAsync(a => a.Thumbprint == thumbprint, cancellationToken))
            throw new RequestRefusedException($"CA '{CertificateText.Holder(certificate)}' đã có trong danh sách tin cậy.");
        var authority = new TrustedAuthority
        {
            Subject = certificate.Subject,
            Thumbprint = thumbprint,
            Certificate = certificate.RawData,
            NotBeforeUtc = certificate.NotBefore.ToUniversalTime(),
            NotAfterUtc = certificate.NotAfter.ToUniversalTime(),
            AddedUtc = now,
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Authorities.Add(authority);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(AuditActions.CertificateAuthorityAdded, AuditOutcome.Succeeded, "certificate-authority",
                authority.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CertificateText.Describe(certificate)), cancellationToken);
        }, cancellationToken);
        return authority;
    }

    /// <summary>
    /// Stores a revocation list in place of its CA's current one: it must be signed by a trusted CA,
    /// complete, not past its next update and not older than the list it replaces.
    /// </summary>
    public async Task<TrustedAuthority> UpdateCrlAsync(byte[] file, CancellationToken cancellationToken)
    {
        var list = RevocationList.Parse(CertificateFiles.ReadCrl(file));
        var now = clock.GetUtcNow().UtcDateTime;
        if (list.NextUpdateUtc is not { } next)
            throw new RequestRefusedException("Danh sách thu hồi không ghi ngày cập nhật tiếp theo nên không biết khi nào hết hiệu lực; hãy dùng danh sách do CA phát hành.");
        if (next < now)
            throw new RequestRefusedException(
                $"Danh sách thu hồi đã hết hiệu lực từ {CertificateText.Date(next)}. Hãy lấy danh sách mới nhất từ tổ chức cấp chứng thư.");
        var issuers = await IssuersAsync(list, cancellationToken);
        if (issuers.Count == 0)
            throw new RequestRefusedException(
                "Danh sách thu hồi không do CA nào trong danh sách tin cậy của cơ quan ký (hoặc chữ ký không hợp lệ). Hãy thêm CA trước.");
        foreach (var authority in issuers)
        {
            if (authority.CrlThisUpdateUtc is { } current && list.ThisUpdateUtc < current
                || authority.CrlNumber is { } number && list.Number is { } newNumber && newNumber.CompareTo(new BigInteger(number)) < 0)
                throw new RequestRefusedException(
                    $"Danh sách thu hồi này cũ hơn danh sách đang dùng (phát hành {CertificateText.Date(authority.CrlThisUpdateUtc ?? now)}).");
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            // A CA certificate renewed on the same key is trusted twice; the list is theirs alike.
            foreach (var authority in issuers)
            {
                authority.Crl = list.Der;
                authority.CrlThisUpdateUtc = list.ThisUpdateUtc;
                authority.CrlNextUpdateUtc = next;
                authority.CrlNumber = list.Number?.ToString();
                authority.CrlEntries = list.Count;
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var authority in issuers)
                await audit.RecordAsync(new AuditRecord(AuditActions.CertificateCrlUpdated, AuditOutcome.Succeeded, "certificate-authority",
                    authority.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{authority.Subject}: phát hành {CertificateText.Date(list.ThisUpdateUtc)}, cập nhật tiếp theo {CertificateText.Date(next)}, "
                    + $"số {authority.CrlNumber ?? "—"}, {list.Count} chứng thư bị thu hồi"), cancellationToken);
        }, cancellationToken);
        return issuers[0];
    }

    public async Task RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var authority = await db.Authorities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new RequestRefusedException("Không có CA này trong danh sách tin cậy.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Authorities.Remove(authority);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(AuditActions.CertificateAuthorityRemoved, AuditOutcome.Succeeded, "certificate-authority",
                id.ToString(System.Globalization.CultureInfo.InvariantCulture), authority.Subject), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>What makes a certificate unfit to be a trusted CA (the recipe step checks the same before anything runs).</summary>
    public static IEnumerable<string> AuthorityProblems(X509Certificate2 certificate, DateTime nowUtc)
    {
        if (!certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority))
            yield return $"'{CertificateText.Holder(certificate)}' không phải chứng thư của tổ chức cấp chứng thư (CA); hãy tải lên chứng thư của CA.";
        if (certificate.NotAfter.ToUniversalTime() < nowUtc)
            yield return $"Chứng thư của CA '{CertificateText.Holder(certificate)}' đã hết hạn từ {CertificateText.Date(certificate.NotAfter.ToUniversalTime())}.";
    }

    private async Task<List<TrustedAuthority>> IssuersAsync(RevocationList list, CancellationToken cancellationToken)
    {
        var issuers = new List<TrustedAuthority>();
        foreach (var authority in await db.Authorities.ToListAsync(cancellationToken))
        {
            using var certificate = X509CertificateLoader.LoadCertificate(authority.Certificate);
            if (list.IsSignedBy(certificate))
                issuers.Add(authority);
        }
        return issuers;
    }
}
