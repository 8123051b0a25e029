using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Registers.Models;

namespace Portal.Registers.Services;

/// <summary>
/// Takes numbers from the book's counter row for the year, in the caller's transaction: the update
/// locks the row (PostgreSQL) or the store (SQLite) until commit, so no other transaction can take the
/// same number, and a rollback undoes the increment, leaving no gap.
/// </summary>
internal sealed class RegisterNumbering(RegistersDb db, ITenantUnitOfWork unitOfWork) : IRegisterNumbering
{
    // Both providers accept these statements verbatim.
    private const string EnsureCounter =
        """INSERT INTO "RegisterCounters" ("BookId", "Year", "LastNumber") VALUES (@book, @year, 0) ON CONFLICT ("BookId", "Year") DO NOTHING""";

    private const string TakeNext =
        """UPDATE "RegisterCounters" SET "LastNumber" = "LastNumber" + 1 WHERE "BookId" = @book AND "Year" = @year RETURNING "LastNumber" """;

    public async Task<RegisterNumber> NextAsync(string bookCode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var transaction = unitOfWork.Transaction
            ?? throw new InvalidOperationException("Register numbers are taken inside the unit of work's transaction, so that a rollback gives them back.");
        var book = await db.Books.AsNoTracking().FirstOrDefaultAsync(b => b.Code == bookCode, cancellationToken)
            ?? throw new RegisterUnavailableException($"Không có sổ đăng ký mã '{bookCode}'.");
        if (!book.IsActive)
            throw new RegisterUnavailableException($"Sổ '{book.Name}' (mã {book.Code}) đã ngừng sử dụng; không thể cấp số trong sổ này.");
        var year = VietnamTime.YearOf(at);
        await using (var ensure = Command(EnsureCounter, transaction, book.Id, year))
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        await using var take = Command(TakeNext, transaction, book.Id, year);
        var number = Convert.ToInt32(await take.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new RegisterNumber(book.Id, book.Code, year, number);
    }

    private DbCommand Command(string sql, DbTransaction transaction, int bookId, int year)
    {
        var command = unitOfWork.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Parameter(command, "@book", bookId);
        Parameter(command, "@year", year);
        return command;
    }

    private static void Parameter(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
