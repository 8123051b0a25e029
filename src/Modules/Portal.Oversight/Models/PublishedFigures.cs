namespace Portal.Oversight.Models;

/// <summary>The latest figures a tenant published, kept in the central office's store: one row per tenant.</summary>
public sealed class PublishedFigures
{
    public required string TenantName { get; set; }
    /// <summary>When the tenant counted them (its clock); an older publication never replaces a newer one.</summary>
    public DateTime ComputedUtc { get; set; }
    public DateTime ReceivedUtc { get; set; }
    /// <summary>The <see cref="FigureSheet"/> as JSON.</summary>
    public required string Sheet { get; set; }
}
