namespace Portal.Registers;

/// <summary>A register's rows for a range of days (Vietnam time), each with one cell per column of the book.</summary>
public sealed record RegisterSheet(RegistrationBookInfo Book, DateOnly From, DateOnly To, IReadOnlyList<RegisterRow> Rows);
