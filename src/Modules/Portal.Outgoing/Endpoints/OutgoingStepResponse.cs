namespace Portal.Outgoing.Endpoints;

/// <summary>One step of the timeline.</summary>
public sealed record OutgoingStepResponse(DateTime AtUtc, string Who, string What, string State, string Note);
