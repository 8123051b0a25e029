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

    /// <summary>How early the timer hands over to spinning: more than a timer's usual lateness.</summary>
    private static readonly TimeSpan SpinPart = TimeSpan.FromMilliseconds(3);

    public TimeSpan Floor { get; } = floor;

    /// <summary>
    /// Waits until <see cref="Floor"/> has passed since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).
    /// A timer counts whole milliseconds and fires late by a varying amount, so a wait of (floor − elapsed) would
    /// keep the sub-millisecond difference between two queries; the timer only brings the wait near the floor, and
    /// the last few milliseconds are spun on the stopwatch, so the answer leaves at the floor itself.
    /// </summary>
    public async Task HoldAsync(long started, CancellationToken cancellationToken)
    {
        var coarse = Floor - SpinPart - Stopwatch.GetElapsedTime(started);
        if (coarse > TimeSpan.Zero)
            await Task.Delay(coarse, cancellationToken);
        while (Stopwatch.GetElapsedTime(started) < Floor)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Thread.SpinWait(50);
        }
    }
}
