using Microsoft.EntityFrameworkCore;
using Portal.Registers.Models;

namespace Portal.Registers.Services;

internal sealed class RegistrationBooks(RegistersDb db, RegisterSubjectSettings subjectSettings) : IRegistrationBooks
{
    public async Task<IReadOnlyList<RegistrationBookInfo>> ListAsync(RegisterKind? kind, CancellationToken cancellationToken)
    {
        var books = await db.Books.AsNoTracking().Where(b => kind == null || b.Kind == kind).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        var subjects = await subjectSettings.GetAsync(cancellationToken);
        return books.Select(b => Info(b, subjects)).ToList();
    }

    public async Task<RegistrationBookInfo?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var book = await db.Books.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
        return book is null ? null : Info(book, await subjectSettings.GetAsync(cancellationToken));
    }

    private static RegistrationBookInfo Info(RegistrationBook book, RegisterSubjects subjects) =>
        new(book.Id, book.Code, book.Name, book.Kind, book.IsActive, RegisterColumnCodes.OfBook(book), subjects);
}
