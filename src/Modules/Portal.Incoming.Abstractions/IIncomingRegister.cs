using System.Security.Claims;
using Portal.Registers;

namespace Portal.Incoming;

/// <summary>
/// The rows of a register (the incoming register, or the hand-over book) for a range of arrival or
/// hand-over days, in the book's configured columns and under the tenant's subject rule: the seam for
/// printing and exporting. Only the clerks and the security officer keep the register; the caller
/// records its own print or export in the audit trail.
/// </summary>
public interface IIncomingRegister
{
    /// <summary>Null when the viewer may not see the register, or the tenant has no such book.</summary>
    Task<RegisterSheet?> SheetAsync(ClaimsPrincipal viewer, string bookCode, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
