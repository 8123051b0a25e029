using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Registers.Models;

namespace Portal.Registers.Services;

/// <summary>
/// The tenant admin's changes to the registers and to the subject rule; each is checked, refused with
/// Vietnamese reasons, and audited in the same transaction. A book's code and kind are fixed once it
/// exists: callers name it by code, and its numbers belong to its kind.
/// </summary>
public sealed class RegisterAdministration(RegistersDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit, RegisterSubjectSettings subjects)
{
    public async Task<int> CreateAsync(BookSpec spec, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var code = spec.Code?.Trim() ?? "";
        var name = spec.Name?.Trim() ?? "";
        AddIf(errors, BookRules.CodeProblem(code));
        if (code.Length > 0 && await db.Books.AnyAsync(b => b.Code == code, cancellationToken))
            errors.Add($"Đã có sổ mã '{code}'.");
        AddIf(errors, BookRules.NameProblem(name));
        if (spec.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("Chọn loại sổ.");
            kind = RegisterKind.Incoming;
        }
        var columns = ColumnOrder.Parse(spec.Positions, errors);
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        var book = new RegistrationBook { Code = code, Name = name, Kind = kind, Columns = RegisterColumnCodes.Join(columns) };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Books.Add(book);
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(RegisterAuditActions.Created, book, $"{name}; {RegisterKindText.Of(kind)}; cột: {ColumnList(columns)}", cancellationToken);
        }, cancellationToken);
        return book.Id;
    }

    /// <summary>Renames the book and sets its printed columns; an unknown id is refused.</summary>
    public async Task UpdateAsync(int id, string? name, IReadOnlyDictionary<RegisterColumn, string?> positions, CancellationToken cancellationToken)
    {
        var book = await FindAsync(id, cancellationToken);
        var errors = new List<string>();
        name = name?.Trim() ?? "";
        AddIf(errors, BookRules.NameProblem(name));
        var columns = ColumnOrder.Parse(positions, errors);
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        await unitOfWork.InTransactionAsync(async () =>
        {
            book.Name = name;
            book.Columns = RegisterColumnCodes.Join(columns);
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(RegisterAuditActions.Updated, book, $"{name}; cột: {ColumnList(columns)}", cancellationToken);
        }, cancellationToken);
    }

    /// <summary>An inactive book keeps its entries and numbers but gives no new number.</summary>
    public async Task SetActiveAsync(int id, bool active, CancellationToken cancellationToken)
    {
        var book = await FindAsync(id, cancellationToken);
        if (book.IsActive == active)
            throw new RequestRefusedException(active ? "Sổ đang được sử dụng." : "Sổ đã ngừng sử dụng.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            book.IsActive = active;
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(active ? RegisterAuditActions.Activated : RegisterAuditActions.Deactivated, book, book.Name, cancellationToken);
        }, cancellationToken);
    }

    public async Task SetSubjectsAsync(RegisterSubjects rule, CancellationToken cancellationToken)
    {
        await unitOfWork.InTransactionAsync(async () =>
        {
            await subjects.SetAsync(rule, cancellationToken);
            await audit.RecordAsync(new AuditRecord(RegisterAuditActions.SubjectsChanged, AuditOutcome.Succeeded, RegisterAuditActions.TargetKind, "",
                $"Trích yếu văn bản Mật: {Shown(rule.Mat)}; Tối mật: {Shown(rule.ToiMat)}"), cancellationToken);
        }, cancellationToken);
    }

    private async Task<RegistrationBook> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Books.FirstOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw new RequestRefusedException("Không có sổ này.");

    private Task RecordAsync(string action, RegistrationBook book, string details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, RegisterAuditActions.TargetKind, book.Code, details), cancellationToken);

    private static string ColumnList(IEnumerable<RegisterColumn> columns) => string.Join(", ", columns.Select(RegisterColumnText.Of));

    private static string Shown(bool shown) => shown ? "ghi vào sổ" : "không ghi";

    private static void AddIf(List<string> errors, string? problem)
    {
        if (problem is not null)
            errors.Add(problem);
    }
}
