using Portal.Core.Tenancy;

namespace Portal.Identity.Services;

/// <summary>
/// Who may sign in to a read-only archive (a merged-away agency): its security officers only. Asked at the first
/// step of every sign-in, so nobody else is given a session, or a pending one, that the archive's guard would only
/// take back at the next request.
/// </summary>
public static class ArchiveAdmission
{
    /// <summary>The one role let into an archive; the guard in Core is given it for sessions already open.</summary>
    public const string ReaderRole = Roles.SecurityOfficer;

    public static bool Refuses(TenantContext tenant, IEnumerable<string> roles) =>
        tenant.IsArchived && !roles.Contains(ReaderRole);
}
