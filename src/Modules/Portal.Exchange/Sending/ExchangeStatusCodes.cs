namespace Portal.Exchange.Sending;

/// <summary>The status message codes of DOMAIN.md §3.3 that the exchange uses so far, with their Vietnamese names.</summary>
public static class ExchangeStatusCodes
{
    public const string Arrived = "01";
    public const string Refused = "02";

    public static string Text(string code) => code switch
    {
        Arrived => "Đã đến",
        Refused => "Từ chối tiếp nhận",
        _ => code,
    };
}
