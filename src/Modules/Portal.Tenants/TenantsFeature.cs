namespace Portal.Tenants;

public static class TenantsFeature
{
    public const string Id = "Portal.Tenants";
}
