using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Registers.Services;
using Portal.Rendering;

namespace Portal.Registers.Controllers;

/// <summary>The copy log (sổ quản lý sao, chụp) shown and printed to PDF for the clerks and the security officer; 403 for anyone else.</summary>
[Feature(RegistersFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class CopyLogController(CopyLogBook book) : Controller
{
    [HttpGet("registers/copies")]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        try
        {
            return await book.OpenAsync(User, from, to, CopyLogBook.Viewed, cancellationToken) is { } sheet
                ? View("/Views/Registers/Copies.cshtml", new CopyLogPage(sheet, []))
                : StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (RequestRefusedException e)
        {
            return View("/Views/Registers/Copies.cshtml", new CopyLogPage(null, e.Errors));
        }
    }

    [HttpGet("registers/copies/print")]
    public async Task<IActionResult> Print(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        try
        {
            if (await book.PrintAsync(User, from, to, cancellationToken) is not { } pdf)
                return StatusCode(StatusCodes.Status403Forbidden);
            Response.Headers.CacheControl = "no-store";
            return File(pdf, "application/pdf", "so-quan-ly-sao-chup.pdf");
        }
        catch (RequestRefusedException e)
        {
            return View("/Views/Registers/Copies.cshtml", new CopyLogPage(null, e.Errors));
        }
        catch (PdfRenderException e)
        {
            return View("/Views/Registers/Copies.cshtml", new CopyLogPage(null, [e.Message]));
        }
    }
}
