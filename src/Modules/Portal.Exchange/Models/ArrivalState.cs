namespace Portal.Exchange.Models;

/// <summary>Where an electronic incoming document stands in the clerk's queue.</summary>
public enum ArrivalState
{
    Arrived = 0,
    Refused = 1,
    Registered = 2,
    Recalled = 3,
}
