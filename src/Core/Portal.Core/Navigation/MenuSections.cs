namespace Portal.Core.Navigation;

/// <summary>The menu's sections, in the words and the order users of Vietnamese e-office systems know.</summary>
public static class MenuSections
{
    public const string Home = "Trang chủ";
    public const string Incoming = "Văn bản đến";
    public const string Outgoing = "Văn bản đi";
    public const string Dossiers = "Hồ sơ công việc";
    public const string Secrets = "Quản lý bí mật nhà nước";
    public const string Search = "Tra cứu";
    public const string Reports = "Báo cáo thống kê";
    public const string Administration = "Quản trị";
    public const string CentralOffice = "Cơ quan trung tâm";

    public static readonly string[] Order =
        [Home, Incoming, Outgoing, Dossiers, Secrets, Search, Reports, Administration, CentralOffice];
}
