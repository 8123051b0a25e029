namespace Portal.Identity.Certificates;

/// <summary>An account and the certificates that sign in to it.</summary>
public sealed record UserCertificates(string UserId, string UserName, string FullName, bool IsDisabled, IReadOnlyList<BoundCertificate> Certificates);
