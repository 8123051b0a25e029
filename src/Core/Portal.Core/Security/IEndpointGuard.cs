using Microsoft.AspNetCore.Http;

namespace Portal.Core.Security;

/// <summary>
/// A check that runs before authorization on every endpoint; a module registers one to protect what
/// its metadata declares. "Not found" makes the answer 404, as for a missing page; "step-up" sends a
/// browser to prove its second factor again and refuses a script.
/// </summary>
public interface IEndpointGuard
{
    Task<GuardDecision> DecideAsync(HttpContext context, Endpoint endpoint);
}
