namespace Portal.Registers.Models;

/// <summary>The last number taken in a book in a year (Vietnam time); the row is locked by the update that takes the next one.</summary>
public sealed class RegisterCounter
{
    public int BookId { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
