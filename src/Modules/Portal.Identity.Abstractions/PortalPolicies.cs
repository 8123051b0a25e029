namespace Portal.Identity;

/// <summary>Authorization policy names every module may put on its endpoints.</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in user of the current tenant.</summary>
    public const string SignedIn = "portal:signed-in";

    /// <summary>The tenant's administrators: accounts, units, roles, registers (never documents).</summary>
    public const string TenantAdmin = "portal:tenant-admin";

    /// <summary>Who reads the audit trail: the security officer, and the central office's administrators in their own trail.</summary>
    public const string AuditReader = "portal:audit-reader";

    /// <summary>The central office's tenant administrators, and only in the central office.</summary>
    public const string CentralOfficeAdmin = "portal:central-office-admin";
}
