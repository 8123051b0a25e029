using Microsoft.AspNetCore.Identity;

namespace Portal.Identity.Models;

/// <summary>A person of the agency. Admins manage these; being an admin gives no right to read documents.</summary>
public sealed class PortalUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string Position { get; set; } = "";
    public int? UnitId { get; set; }
    public Clearance Clearance { get; set; }
    public bool IsDisabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}
