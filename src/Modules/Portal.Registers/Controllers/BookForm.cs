using System.Globalization;
using Portal.Registers.Models;

namespace Portal.Registers.Controllers;

/// <summary>The create and edit form of a book: its printed columns are a position per column code, blank when not printed.</summary>
public sealed class BookForm
{
    public int? Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public RegisterKind? Kind { get; set; }
    public bool IsActive { get; set; } = true;
    public Dictionary<string, string?> Positions { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>The positions by column; keys that name no column are not from this form and are ignored.</summary>
    public IReadOnlyDictionary<RegisterColumn, string?> ColumnPositions() =>
        RegisterColumnCodes.All.ToDictionary(c => c, c => Positions.GetValueOrDefault(RegisterColumnCodes.Of(c)));

    public static Dictionary<string, string?> PositionsOf(IReadOnlyList<RegisterColumn> columns) =>
        columns.Select((c, i) => (Code: RegisterColumnCodes.Of(c), Position: (i + 1).ToString(CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.Code, p => (string?)p.Position, StringComparer.Ordinal);

    /// <summary>The catalogue for the form: printed columns first in their order, then the others.</summary>
    public IReadOnlyList<RegisterColumn> ColumnsInFormOrder() =>
        RegisterColumnCodes.All.OrderBy(c => int.TryParse(Positions.GetValueOrDefault(RegisterColumnCodes.Of(c)), out var p) ? p : int.MaxValue)
            .ThenBy(c => c).ToList();
}
