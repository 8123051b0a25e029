namespace Portal.Reorganisation;

/// <summary>Merging agencies (tenants) into one, prepared and run by the central office.</summary>
public static class ReorganisationFeature
{
    public const string Id = "Portal.Reorganisation";
}
