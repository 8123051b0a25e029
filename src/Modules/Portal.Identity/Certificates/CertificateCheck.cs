namespace Portal.Identity.Certificates;

/// <summary>
/// The outcome of checking a certificate. The reason is for the audit trail and the admin's page;
/// a person signing in sees one message whatever it is.
/// </summary>
public sealed record CertificateCheck(bool Valid, string Reason)
{
    public static readonly CertificateCheck Ok = new(true, "hợp lệ");

    public static CertificateCheck Refused(string reason) => new(false, reason);
}
