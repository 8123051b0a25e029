namespace Portal.Oversight;

/// <summary>Oversight: every tenant publishes its figures; the central office shows them.</summary>
public static class OversightFeature
{
    /// <summary>Publishing the tenant's figures; on in every tenant.</summary>
    public const string Id = "Portal.Oversight";

    /// <summary>The central office's dashboard and the figures it keeps per tenant.</summary>
    public const string Board = "Portal.Oversight.Board";
}
