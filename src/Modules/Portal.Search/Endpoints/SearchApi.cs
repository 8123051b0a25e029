using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Search.Querying;
using Portal.Search.Services;

namespace Portal.Search.Endpoints;

/// <summary>The JSON API of search under /api/search: the same query, rule and audit as the page.</summary>
internal static class SearchApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/search").RequireFeature(SearchFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Tra cứu");
        api.MapGet("", Search).WithName("SearchDocuments")
            .WithSummary("Tra cứu văn bản người gọi được xem: kết quả, tổng số, nhóm (năm, loại, cơ quan gửi, độ mật, độ khẩn, trạng thái)");
        api.MapGet("/suggest", Suggest).WithName("SuggestSearch").WithSummary("Gợi ý từ đang gõ, chỉ từ văn bản người gọi được xem");
    }

    private static async Task<IResult> Search([AsParameters] SearchQuery query, ClaimsPrincipal user, DocumentSearch search,
        CancellationToken cancellationToken) =>
        Results.Ok(await search.SearchAsync(user, query.ToRequest(), cancellationToken));

    private static async Task<IResult> Suggest([FromQuery] string? q, ClaimsPrincipal user, DocumentSearch search, CancellationToken cancellationToken) =>
        Results.Ok(await search.SuggestAsync(SearchIdentity.Of(user), q ?? "", cancellationToken));
}
