using Microsoft.AspNetCore.Http;

namespace Portal.Core.Security;

/// <summary>
/// A check that runs after authorization on every endpoint; a module registers one to protect what
/// its metadata declares. A guard that says no makes the answer 404, as for a missing page.
/// </summary>
public interface IEndpointGuard
{
    Task<bool> AllowAsync(HttpContext context, Endpoint endpoint);
}
