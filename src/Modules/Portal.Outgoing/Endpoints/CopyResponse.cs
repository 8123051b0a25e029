using System.Globalization;
using Microsoft.AspNetCore.Http;
using Portal.Outgoing.Services;

namespace Portal.Outgoing.Endpoints;

/// <summary>The headers of a copy leaving the system: its number for the client, and never kept in a cache.</summary>
internal static class CopyResponse
{
    public static void Headers(HttpResponse response, OutgoingCopy copy)
    {
        response.Headers["X-Copy-Number"] = copy.Number.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }
}
