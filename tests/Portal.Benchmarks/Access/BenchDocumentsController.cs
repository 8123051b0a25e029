using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core.Modules;
using Portal.Identity;

namespace Portal.Benchmarks;

/// <summary>
/// The same answer twice: behind the access check, and on an equivalent route without it (same
/// feature, same sign-in policy, same body), so the difference in time is the check's.
/// </summary>
[Feature(BenchDocumentsModule.FeatureId)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class BenchDocumentsController : Controller
{
    public const string ProtectedPath = "bench-documents";
    public const string UnprotectedPath = "bench-unprotected";

    [HttpGet(ProtectedPath + "/{documentId}")]
    [ProtectedResource(BenchDocuments.Kind, "documentId")]
    public IActionResult Show(string documentId) => Answer(documentId);

    [HttpGet(UnprotectedPath + "/{documentId}")]
    public IActionResult ShowUnprotected(string documentId) => Answer(documentId);

    private ContentResult Answer(string documentId) => Content($"Nội dung tài liệu {documentId}", "text/plain; charset=utf-8");
}
