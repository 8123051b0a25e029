using Portal.Core.Navigation;

namespace Portal.Secrets;

/// <summary>The register's menu entries. The register is for everyone, since each sees only the lines of documents the access check lets them see.</summary>
internal static class SecretsMenu
{
    public static readonly MenuEntry Register =
        new(MenuSections.Secrets, "Sổ quản lý bí mật nhà nước", "/secrets", "shield", 10, SecretsFeature.Id, _ => true);

    /// <summary>The yearly statistics (form 18): the security officer's only; anyone else has no such page.</summary>
    public static readonly MenuEntry Statistics =
        new(MenuSections.Secrets, "Thống kê bí mật nhà nước", "/secrets/statistics", "bar-chart", 20, SecretsFeature.Id, Services.YearlyStatistics.MayRead);
}
