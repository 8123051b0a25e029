using Portal.Access;

namespace Portal.Secrets.Services;

/// <summary>One line of the yearly statistics (form 18): a unit and a level, and how many secrets of it each event touched in the year.</summary>
public sealed record StatisticsRow(string Unit, SecrecyLevel Level, int Created, int Received, int Copied, int Extended, int Downgraded,
    int Declassified, int Destroyed)
{
    public static StatisticsRow Empty(string unit, SecrecyLevel level) => new(unit, level, 0, 0, 0, 0, 0, 0, 0);

    public StatisticsRow Add(StatisticsRow other) => this with
    {
        Created = Created + other.Created, Received = Received + other.Received, Copied = Copied + other.Copied, Extended = Extended + other.Extended,
        Downgraded = Downgraded + other.Downgraded, Declassified = Declassified + other.Declassified, Destroyed = Destroyed + other.Destroyed,
    };

    /// <summary>The counts in the order of <see cref="SecretStatistics.Columns"/>.</summary>
    public IReadOnlyList<int> Counts => [Created, Received, Copied, Extended, Downgraded, Declassified, Destroyed];
}
