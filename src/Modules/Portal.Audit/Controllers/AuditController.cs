using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Audit.Services;
using Portal.Core.Export;
using Portal.Core.Modules;
using Portal.Identity;

namespace Portal.Audit.Controllers;

/// <summary>The security officer reads, filters and exports the trail; reading and exporting are themselves recorded.</summary>
[Feature(AuditFeature.Id)]
[Authorize(Policy = PortalPolicies.AuditReader)]
[Route("admin/audit")]
public sealed class AuditController(AuditDb db, IAuditTrail trail, IAuditVocabulary vocabulary) : Controller
{
    private const int PageSize = 100;
    private const int ExportLimit = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        await trail.RecordAsync(new AuditRecord(AuditActions.AuditViewed, AuditOutcome.Succeeded, Details: Describe(filter)), cancellationToken);
        var query = AuditQuery.Apply(db.Entries.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        filter.Page = Math.Max(1, filter.Page);
        var entries = await query.Skip((filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new AuditPage(filter, entries, total, Math.Max(1, (total + PageSize - 1) / PageSize)));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        await trail.RecordAsync(new AuditRecord(AuditActions.AuditExported, AuditOutcome.Succeeded, Details: Describe(filter)), cancellationToken);
        var csv = new StringBuilder("\uFEFF");
        csv.AppendLine(CsvCell.Row("Số thứ tự", "Thời gian (UTC)", "Người dùng", "Hành động", "Kết quả", "Loại đối tượng", "Đối tượng", "Địa chỉ", "Chi tiết"));
        await foreach (var e in AuditQuery.Apply(db.Entries.AsNoTracking(), filter).Take(ExportLimit).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.AppendLine(CsvCell.Row(e.Position.ToString(), e.TimestampUtc.ToString("yyyy-MM-dd HH:mm:ss"), e.UserName,
                vocabulary.Action(e.Action), AuditOutcomeText.Of(e.Outcome), vocabulary.Target(e.TargetKind), e.TargetId,
                e.RemoteAddress, e.Details));
        }
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"nhat-ky-truy-cap-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv");
    }

    /// <summary>The filter in words, naming only what was set.</summary>
    private string Describe(AuditFilter filter)
    {
        var parts = new List<string>();
        if (filter.From is { } from)
            parts.Add($"từ ngày {from:dd/MM/yyyy}");
        if (filter.To is { } to)
            parts.Add($"đến ngày {to:dd/MM/yyyy}");
        if (!string.IsNullOrWhiteSpace(filter.User))
            parts.Add($"người dùng {filter.User.Trim()}");
        if (!string.IsNullOrWhiteSpace(filter.Action))
            parts.Add($"hành động {vocabulary.Action(filter.Action)}");
        return parts.Count == 0 ? "không lọc" : string.Join("; ", parts);
    }
}
