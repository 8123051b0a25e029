namespace Portal.Identity.Certificates;

/// <summary>Sizes of what the admin page takes, and the login provider name bindings are stored under.</summary>
public static class CertificateLimits
{
    public const int MaxCertificateBytes = 64 * 1024;
    public const int MaxCrlBytes = 10 * 1024 * 1024;

    /// <summary>The request limit of the upload actions: above the file limits, so a too-large file gets a clear answer, not a bare 413.</summary>
    public const int MaxRequestBytes = MaxCrlBytes + 1024 * 1024;

    /// <summary>Identity's login provider for certificates; the key is the certificate's SHA-256 thumbprint.</summary>
    public const string LoginProvider = "certificate";
}
