namespace Portal.Incoming.Endpoints;

public sealed record TimelineResponse(DateTime AtUtc, string Person, string Action, string? From, string To, string Note);
