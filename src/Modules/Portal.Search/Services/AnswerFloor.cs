using System.Diagnostics;

namespace Portal.Search.Services;

/// <summary>
/// The shortest time a search or a suggestion answers in. Lucene reads the postings of a term that some
/// document has before the access rule drops them, and stops at the term dictionary for a term no
/// document has; without a floor, the time of an empty answer would tell whether a forbidden document
/// with that number or word exists. Holding every answer to a floor above what such a query costs makes
/// the two indistinguishable (measured by <c>./portal bench --scenario search</c>).
/// </summary>
public sealed class AnswerFloor(TimeSpan floor)
{
    /// <summary>Default: well above an empty answer's cost on 100,000 documents, well below what a person notices.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromMilliseconds(40);

    public TimeSpan Floor { get; } = floor;

    /// <summary>Waits until <see cref="Floor"/> has passed since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public Task HoldAsync(long started, CancellationToken cancellationToken)
    {
        var left = Floor - Stopwatch.GetElapsedTime(started);
        // Rounded up: the timer counts whole milliseconds and must not end the wait early.
        return left > TimeSpan.Zero ? Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), cancellationToken) : Task.CompletedTask;
    }
}
