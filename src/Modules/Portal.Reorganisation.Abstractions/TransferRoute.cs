namespace Portal.Reorganisation;

/// <summary>A module's transfer, its kind, the feature it needs and its place in the order of steps.</summary>
public sealed record TransferRoute(string Kind, string FeatureId, int Order, Func<IServiceProvider, ITenantTransfer> Create);
