using System.Globalization;
using System.Text.Json;

namespace Portal.Reorganisation;

/// <summary>Rows exported from a source; <see cref="Next"/> is the cursor after them, null when the source has no more.</summary>
public sealed record TransferBatch(IReadOnlyList<TransferRow> Rows, string? Next)
{
    /// <summary>The id a batch of rows with increasing integer ids starts after (0 from the start).</summary>
    public static int After(string? cursor) => cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);

    /// <summary>A batch of rows with increasing integer ids, each carried as its JSON; full (<paramref name="size"/> rows) means more may follow.</summary>
    public static TransferBatch Of<T>(IReadOnlyList<(int Id, T Moved)> rows, int size) => Of(rows, rows.Select(r => r.Id).ToList(), size);

    /// <summary>The rows this target takes of the ids <paramref name="read"/> (increasing); the cursor goes past all that were read.</summary>
    public static TransferBatch Of<T>(IReadOnlyList<(int Id, T Moved)> rows, IReadOnlyList<int> read, int size) =>
        new(rows.Select(r => new TransferRow(r.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(r.Moved))).ToList(),
            read.Count < size ? null : read[^1].ToString(CultureInfo.InvariantCulture));
}
