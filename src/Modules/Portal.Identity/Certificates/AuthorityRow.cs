namespace Portal.Identity.Certificates;

/// <summary>A trusted CA as the admin's page shows it; <see cref="CrlState"/> says whether sign-in works with it today.</summary>
public sealed record AuthorityRow(int Id, string Subject, string Thumbprint, string ValidUntil, string CrlState, bool Usable)
{
    public static AuthorityRow Of(int id, string subject, string thumbprint, DateTime notAfterUtc,
        (DateTime? ThisUpdate, DateTime? NextUpdate, int Entries)? crl, DateTime nowUtc)
    {
        var usable = crl?.NextUpdate > nowUtc && notAfterUtc > nowUtc;
        var state = crl is not { ThisUpdate: { } issued, NextUpdate: { } next, Entries: var entries }
            ? "Chưa có danh sách thu hồi — chưa đăng nhập được bằng chứng thư của CA này"
            : next <= nowUtc
                ? $"Danh sách thu hồi đã quá hạn từ {CertificateText.Date(next)} — hãy tải lên danh sách mới"
                : $"Phát hành {CertificateText.Date(issued)}, cập nhật tiếp theo trước {CertificateText.Date(next)}, {entries} chứng thư bị thu hồi";
        if (notAfterUtc <= nowUtc)
            state = $"Chứng thư của CA đã hết hạn từ {CertificateText.Date(notAfterUtc)}. " + state;
        return new AuthorityRow(id, subject, thumbprint, CertificateText.Date(notAfterUtc), state, usable);
    }
}
