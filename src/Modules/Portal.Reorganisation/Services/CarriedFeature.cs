namespace Portal.Reorganisation.Services;

/// <summary>
/// A feature whose store moves with the other modules' transfers (access lists re-added, files stored again) or is
/// rebuilt in the target (the search index): the plan does not warn of it as staying behind.
/// </summary>
public sealed record CarriedFeature(string FeatureId);
