namespace Portal.Identity.Models;

/// <summary>A unit of the agency (phòng, ban, văn phòng).</summary>
public sealed class OrganisationUnit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
}
