namespace Portal.Identity.Certificates;

/// <summary>The certificate sign-in page: whether the connection is HTTPS and which certificate the browser presented.</summary>
public sealed class CertificateSignInForm
{
    public string? ReturnUrl { get; set; }
    public string? Error { get; set; }
    public bool IsHttps { get; set; }
    public string? Holder { get; set; }
    public string? Issuer { get; set; }
}
