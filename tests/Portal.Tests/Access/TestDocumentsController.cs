using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core.Modules;
using Portal.Identity;

namespace Portal.Tests.Access;

[Feature(TestDocumentsModule.FeatureId)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("test-documents")]
public sealed class TestDocumentsController : Controller
{
    [HttpGet("{documentId}")]
    [ProtectedResource(TestDocuments.Kind, "documentId")]
    public IActionResult Show(string documentId) => Content($"Nội dung tài liệu {documentId}", "text/plain; charset=utf-8");

    [HttpGet("{documentId}/download")]
    [ProtectedResource(TestDocuments.Kind, "documentId", Operation = ResourceOperation.Download)]
    public IActionResult Download(string documentId) => File("%PDF-1.7"u8.ToArray(), "application/pdf", documentId + ".pdf");
}
