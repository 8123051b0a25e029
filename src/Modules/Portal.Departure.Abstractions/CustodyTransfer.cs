using System.Security.Claims;

namespace Portal.Departure;

/// <summary>One item handed over from the departing person to the receiver (named with their title), by the leader who decided it.</summary>
public sealed record CustodyTransfer(string ItemId, string FromUserId, string ToUserId, string ToName, string ToPosition, ClaimsPrincipal By,
    string Note);
