using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Registers.Services;
using Portal.Rendering;

namespace Portal.Registers.Controllers;

/// <summary>The copy log (sổ quản lý sao, chụp) printed to PDF for the clerks and the security officer; 403 for anyone else.</summary>
[Feature(RegistersFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class CopyLogController(CopyLogPrint print) : Controller
{
    [HttpGet("registers/copies/print")]
    public async Task<IActionResult> Print(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        try
        {
            if (await print.PrintAsync(User, from, to, cancellationToken) is not { } pdf)
                return StatusCode(StatusCodes.Status403Forbidden);
            Response.Headers.CacheControl = "no-store";
            return File(pdf, "application/pdf", "so-quan-ly-sao-chup.pdf");
        }
        catch (RequestRefusedException e)
        {
            return BadRequest(string.Join(" ", e.Errors));
        }
        catch (PdfRenderException e)
        {
            return BadRequest(e.Message);
        }
    }
}
