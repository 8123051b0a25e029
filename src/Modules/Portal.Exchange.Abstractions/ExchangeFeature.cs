namespace Portal.Exchange;

/// <summary>Exchange between agencies: modules that send or receive envelopes declare it as a dependency.</summary>
public static class ExchangeFeature
{
    public const string Id = "Portal.Exchange";
}
