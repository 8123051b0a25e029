using System.Globalization;

namespace Portal.Exchange.Merge;

/// <summary>
/// Where the exchange step of a merge stands: first the sent documents by id ("s:{id}"), then the arrivals by the time
/// they came ("a:{ticks}"; the envelope id is no order to resume by). The first batch (no cursor) also carries the key.
/// </summary>
internal sealed record ExchangeCursor(bool Arrivals, long After)
{
    public static ExchangeCursor Parse(string? cursor) => cursor is null
        ? new(false, 0)
        : new(cursor[0] == 'a', long.Parse(cursor[2..], CultureInfo.InvariantCulture));

    public override string ToString() => $"{(Arrivals ? 'a' : 's')}:{After.ToString(CultureInfo.InvariantCulture)}";
}
