namespace Portal.Registers.Models;

/// <summary>A register (sổ) in which documents get their numbers; numbering restarts every 1 January.</summary>
public sealed class RegistrationBook
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public RegisterKind Kind { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The printed columns' codes in order, comma-separated; empty means the default columns of the kind.</summary>
    public string Columns { get; set; } = "";
}
