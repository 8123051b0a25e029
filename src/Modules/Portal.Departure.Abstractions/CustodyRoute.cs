namespace Portal.Departure;

/// <summary>
/// A module's custody holder, the access-check kind of its items and the feature it belongs to: departure builds the
/// holder only in a tenant with the feature, as the holder's store does not exist where the feature is off.
/// </summary>
public sealed record CustodyRoute(string Kind, string FeatureId, Func<IServiceProvider, ICustodyHolder> Create);
