namespace Portal.Exchange.Models;

/// <summary>Where an electronic incoming document stands in the clerk's queue.</summary>
public enum ArrivalState
{
    Arrived = 0,
    Refused = 1,
    Registered = 2,
    Recalled = 3,
    /// <summary>The sender recalled it and the tenant confirms recalls by hand: waits for the clerk (the arrival's note is the sender's reason).</summary>
    RecallPending = 4,
}
