using System.Globalization;
using System.Security.Claims;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Reorganisation;

namespace Portal.Registers.Services;

/// <summary>
/// The copy log for a range of days, shown or printed in the columns of form 12 for the clerks and the
/// security officer who keep it (null for anyone else); each reading is its audit entry.
/// </summary>
public sealed class CopyLogBook(ICopyLog log, IBookPrint print, IAuditTrail audit, ITenantAccessor tenants)
{
    public const string Viewed = "register.copy-log-viewed";
    public const string Printed = "register.copy-log-printed";

    private const int MaxDays = 366;

    public static readonly PrintedColumn[] Columns =
    [
        new("Bản số", 0.9), new("Ngày, giờ sao, chụp", 1.5), new("Văn bản được sao, chụp", 4.0), new("Độ mật", 1.2, PrintedCell.Level),
        new("Hình thức sao, chụp", 2.0), new("Người thực hiện, nhận bản", 2.0), new("Ghi chú", 1.4),
    ];

    public static bool Keeps(ClaimsPrincipal user) => user.IsInRole(Roles.Clerk) || user.IsInRole(Roles.SecurityOfficer);

    public async Task<CopyLogSheet?> OpenAsync(ClaimsPrincipal user, DateOnly? from, DateOnly? to, string action, CancellationToken cancellationToken)
    {
        if (!Keeps(user))
            return null;
        var last = to ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var first = from ?? new DateOnly(last.Year, last.Month, 1);
        if (last < first)
            throw new RequestRefusedException("Ngày cuối phải từ ngày đầu trở đi.");
        if (last.DayNumber - first.DayNumber >= MaxDays)
            throw new RequestRefusedException($"Mỗi lần xem hoặc in sổ không quá {MaxDays} ngày.");
        var lines = await log.LinesAsync(first, last, cancellationToken);
        await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, RegisterAuditActions.TargetKind, "sao-chup",
            $"Sổ quản lý sao, chụp từ {Day(first)} đến {Day(last)}: {lines.Count} dòng"), cancellationToken);
        return new CopyLogSheet(first, last, lines.Select(Cells).ToList(), lines.Select(l => l.Level).ToList());
    }

    public async Task<byte[]?> PrintAsync(ClaimsPrincipal user, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (await OpenAsync(user, from, to, Printed, cancellationToken) is not { } sheet)
            return null;
        var (first, last) = (sheet.From, sheet.To);
        var printedBy = $"In bởi {user.FindFirstValue(PortalClaims.FullName)} lúc {Time(DateTime.UtcNow)}.";
        return await print.PrintAsync(new PrintedBook(tenants.Required.Record.DisplayName, "Sổ quản lý sao, chụp bí mật nhà nước", "Mẫu số 12",
            $"Từ ngày {Day(first)} đến ngày {Day(last)}: {sheet.Rows.Count} dòng. {printedBy}", Columns,
            sheet.Rows.Select((cells, i) => new PrintedRow(cells, Secret: sheet.Levels[i] is SecrecyLevel.Mat or SecrecyLevel.ToiMat)).ToList(),
            LevelMark.Highest(sheet.Levels), $"Sổ quản lý sao, chụp — {printedBy}"), cancellationToken);
    }

    /// <summary>A moved line shows the number written on its copy, with the agency that gave it.</summary>
    private static IReadOnlyList<string> Cells(CopyLogLine l) =>
        [l.Origin is { } origin ? TransferWork.Describe(origin) : l.Number.ToString(CultureInfo.InvariantCulture),
            Time(l.AtUtc), l.Document, LevelName.Of(l.Level), l.Form, l.UserName, l.DocumentKind == "outgoing" ? "Văn bản đi" : "Văn bản đến"];

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(7).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}
