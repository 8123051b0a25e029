namespace Portal.Secrets.Services;

/// <summary>A decision as the form or the API sends it: "gia-han" (with years), "giam-mat", "giai-mat" or "tieu-huy", its reason and decision number.</summary>
public sealed record DecisionInput(string? Action, string? Reason, string? DecisionNumber, int? Years);
