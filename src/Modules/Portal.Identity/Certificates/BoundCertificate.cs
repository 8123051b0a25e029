namespace Portal.Identity.Certificates;

/// <summary>A certificate bound to an account: its SHA-256 thumbprint and a line naming it.</summary>
public sealed record BoundCertificate(string Thumbprint, string Description);
