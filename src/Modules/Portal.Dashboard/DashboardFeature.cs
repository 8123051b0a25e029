namespace Portal.Dashboard;

public static class DashboardFeature
{
    public const string Id = "Portal.Dashboard";
}
