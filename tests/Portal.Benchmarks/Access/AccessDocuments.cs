using System.Security.Claims;

namespace Portal.Benchmarks;

/// <summary>What the access scenario set up: the documents of each kind and the signed-in user's identity for in-process calls.</summary>
public sealed record AccessDocuments(string Tenant, string UserName, IReadOnlyList<string> Allowed, IReadOnlyList<string> Forbidden, ClaimsPrincipal User)
{
    /// <summary>An id of the same shape and length as the real ones, never added.</summary>
    public static string NewId() => "bd-" + Guid.NewGuid().ToString("N");
}
