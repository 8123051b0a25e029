namespace Portal.Identity.Certificates;

/// <summary>The admin's page: trusted CAs, and the accounts found by <see cref="Search"/> with their certificates.</summary>
public sealed record CertificatesPage(IReadOnlyList<AuthorityRow> Authorities, IReadOnlyList<UserCertificates> Users, string? Search, bool MoreUsers)
{
    /// <summary>How many accounts the page lists at once; a search narrows a large agency down.</summary>
    public const int UsersShown = 200;
}
