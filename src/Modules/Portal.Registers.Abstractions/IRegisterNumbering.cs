namespace Portal.Registers;

/// <summary>
/// Hands out register numbers. A number is taken inside the caller's unit-of-work transaction, so a
/// registration that rolls back gives its number back and no gap is left; concurrent callers never
/// get the same number. A cancelled registration keeps its number (the caller marks it cancelled).
/// </summary>
public interface IRegisterNumbering
{
    /// <summary>
    /// The next number of the active book with this code, for the year that <paramref name="at"/> falls in
    /// (Vietnam time). Throws <see cref="RegisterUnavailableException"/> for an unknown or inactive book, and
    /// <see cref="InvalidOperationException"/> when the unit of work has no open transaction.
    /// </summary>
    Task<RegisterNumber> NextAsync(string bookCode, DateTimeOffset at, CancellationToken cancellationToken);
}
