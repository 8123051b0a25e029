using System.Security.Claims;
using Portal.Audit;
using Portal.Core;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>Opens a register for a range of days for those who keep it, and records the reading in the audit trail.</summary>
public sealed class RegisterViewing(IIncomingRegister register, IRegistrationBooks books, IAuditTrail audit)
{
    public const int MaxDays = 366;

    /// <summary>Null when the person does not keep the register or the book is not one of these; the first active incoming book when none is named.</summary>
    public Task<RegisterSheet?> OpenAsync(ClaimsPrincipal user, string? book, DateOnly? from, DateOnly? to, string how,
        CancellationToken cancellationToken) =>
        OpenAsync(user, book, from, to, how, IncomingAuditActions.RegisterViewed, cancellationToken);

    /// <summary>The same, recorded under <paramref name="action"/> (printing and exporting are recorded as such).</summary>
    public async Task<RegisterSheet?> OpenAsync(ClaimsPrincipal user, string? book, DateOnly? from, DateOnly? to, string how, string action,
        CancellationToken cancellationToken)
    {
        if (!Actor.Of(user).KeepsRegister)
            return null;
        var today = VietnamClock.Today;
        var last = to ?? today;
        var first = from ?? new DateOnly(last.Year, last.Month, 1);
        if (last < first)
            throw new RequestRefusedException("Ngày cuối phải từ ngày đầu trở đi.");
        if (last.DayNumber - first.DayNumber >= MaxDays)
            throw new RequestRefusedException($"Mỗi lần xem sổ không quá {MaxDays} ngày.");
        var code = string.IsNullOrWhiteSpace(book)
            ? (await books.ListAsync(RegisterKind.Incoming, cancellationToken)).FirstOrDefault(b => b.IsActive)?.Code
            : book.Trim();
        if (code is null)
            return null;
        var sheet = await register.SheetAsync(user, code, first, last, cancellationToken);
        if (sheet is not null)
        {
            await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, "register", sheet.Book.Code,
                $"{sheet.Book.Name} từ {VietnamClock.Format(first)} đến {VietnamClock.Format(last)}: {sheet.Rows.Count} dòng ({how})"), cancellationToken);
        }
        return sheet;
    }
}
