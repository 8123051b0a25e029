using System.Globalization;

namespace Portal.Exchange.Controllers;

/// <summary>Times on the exchange pages, in Vietnam time (UTC+7, no daylight saving) as clerks read them.</summary>
public static class ExchangeTimes
{
    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(7).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}
