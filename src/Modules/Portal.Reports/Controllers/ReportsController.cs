using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Reports.Services;

namespace Portal.Reports.Controllers;

/// <summary>The leaders' report of incoming documents for a period, on screen and printed; for anyone else there is no such page (404).</summary>
[Feature(ReportsFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("reports")]
public sealed class ReportsController(LeaderReports reports, ReportPrint print) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (!LeaderReports.MayRead(User))
            return NotFound();
        var usual = ReportPeriod.Usual(reports.Today);
        try
        {
            var period = ReportPeriod.Of(from, to, reports.Today);
            return View(new ReportsPage(await reports.MakeAsync(User, period, ReportAudit.Viewed, cancellationToken), usual, []));
        }
        catch (RequestRefusedException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ReportsPage(null, usual, e.Errors));
        }
    }

    [HttpGet("print")]
    public async Task<IActionResult> Print(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (!LeaderReports.MayRead(User))
            return NotFound();
        ReportPeriod period;
        try
        {
            period = ReportPeriod.Of(from, to, reports.Today);
        }
        catch (RequestRefusedException e)
        {
            return BadRequest(string.Join(" ", e.Errors));
        }
        var report = await reports.MakeAsync(User, period, ReportAudit.Printed, cancellationToken);
        var pdf = await print.PdfAsync(report, User, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(pdf, "application/pdf", $"bao-cao-van-ban-den-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.pdf");
    }
}
