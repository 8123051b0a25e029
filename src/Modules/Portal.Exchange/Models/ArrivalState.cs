namespace Portal.Exchange.Models;

/// <summary>Where an electronic incoming document stands in the clerk's queue.</summary>
public enum ArrivalState
{
    Arrived = 0,
    Refused = 1,
}
