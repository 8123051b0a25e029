namespace Portal.Secrets.Services;

/// <summary>A decision as the form or the API sends it: "gia-han" (with years), "giam-mat" or "giai-mat", its reason and decision number.</summary>
public sealed record DecisionInput(string? Action, string? Reason, string? DecisionNumber, int? Years);
