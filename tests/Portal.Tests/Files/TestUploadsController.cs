using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Files;
using Portal.Identity;

namespace Portal.Tests.Files;

[Feature(UploadTestModule.FeatureId)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("test-uploads")]
public sealed class TestUploadsController(IUploadReader uploads, IFileVault vault, ITenantUnitOfWork unitOfWork) : Controller
{
    /// <summary>The form a page would render: the antiforgery token first.</summary>
    [HttpGet("")]
    public IActionResult Form([FromServices] IAntiforgery antiforgery)
    {
        var token = antiforgery.GetAndStoreTokens(HttpContext);
        return Content($"<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"hidden\" name=\"{token.FormFieldName}\" " +
            $"value=\"{WebUtility.HtmlEncode(token.RequestToken)}\"></form>", "text/html; charset=utf-8");
    }

    /// <summary>Registers the form's files (and a "subject" field) in one transaction; a refusal answers 400 with its message.</summary>
    [HttpPost("")]
    [StreamedUpload]
    public async Task<IActionResult> Upload(CancellationToken cancellationToken)
    {
        UploadForm form;
        try
        {
            form = await uploads.ReadAsync(HttpContext, cancellationToken);
        }
        catch (FileRejectedException e)
        {
            return BadRequest(e.Message);
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var file in form.Files)
                await vault.RecordAsync(file.File, cancellationToken);
        }, cancellationToken);
        return Json(new { subject = form.Fields.GetValueOrDefault("subject").ToString(), files = form.Files.Select(f => f.File) });
    }
}
