namespace Portal.Testing;

/// <summary>The accounts the first run creates (src/Host/Portal.Host/appsettings.json and recipes/demo.json).</summary>
public static class DemoAccounts
{
    public const string CentralAdmin = "admin";
    public const string CentralAdminPassword = "Portal@Admin2026";
    public const string Password = "Portal@Demo2026";
    public const string TenantAdmin = "quantri";

    /// <summary>The demo department, with a user of every role.</summary>
    public const string Department = "so-noi-vu-nghe-an";
    public const string Commune = "xa-hung-dung";
    public const string Ministry = "bo-noi-vu";

    public const string Clerk = "vanthu";
    public const string Director = "giamdoc";
    public const string Officer = "chuyenvien";
}
