namespace Portal.Registers;

/// <summary>A number taken in a register: unique and without gaps within the book and the year (Asia/Ho_Chi_Minh).</summary>
public sealed record RegisterNumber(int BookId, string BookCode, int Year, int Number);
