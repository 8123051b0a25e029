namespace Portal.Identity;

/// <summary>The roles of DOMAIN.md §4. The code is stored; the Vietnamese name is shown.</summary>
public static class Roles
{
    public const string Clerk = "van-thu";
    public const string Head = "lanh-dao";
    public const string Deputy = "pho-lanh-dao";
    public const string UnitLeader = "lanh-dao-don-vi";
    public const string Officer = "chuyen-vien";
    public const string Signer = "nguoi-ky";
    public const string SecurityOfficer = "bao-ve-bmnn";
    public const string Archivist = "luu-tru";
    public const string TenantAdmin = "quan-tri";
    public const string CentralOfficeAdmin = "quan-tri-trung-tam";
    public const string CentralOfficeMonitor = "giam-sat-trung-tam";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Clerk] = "Văn thư",
        [Head] = "Lãnh đạo cơ quan (cấp trưởng)",
        [Deputy] = "Lãnh đạo cơ quan (cấp phó)",
        [UnitLeader] = "Lãnh đạo đơn vị",
        [Officer] = "Chuyên viên",
        [Signer] = "Người ký",
        [SecurityOfficer] = "Cán bộ bảo vệ bí mật nhà nước",
        [Archivist] = "Lưu trữ cơ quan",
        [TenantAdmin] = "Quản trị hệ thống",
        [CentralOfficeAdmin] = "Quản trị cơ quan trung tâm",
        [CentralOfficeMonitor] = "Theo dõi triển khai (cơ quan trung tâm)",
    };

    /// <summary>Roles that exist only in the central office.</summary>
    public static readonly IReadOnlySet<string> CentralOfficeOnly = new HashSet<string> { CentralOfficeAdmin, CentralOfficeMonitor };
}
