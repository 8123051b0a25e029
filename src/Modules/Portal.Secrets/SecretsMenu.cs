using Portal.Core.Navigation;

namespace Portal.Secrets;

/// <summary>The register's menu entry: for everyone, since each sees only the lines of documents the access check lets them see.</summary>
internal static class SecretsMenu
{
    public static readonly MenuEntry Register =
        new(MenuSections.Secrets, "Sổ quản lý bí mật nhà nước", "/secrets", "shield", 10, SecretsFeature.Id, _ => true);
}
