namespace Portal.Reorganisation;

/// <summary>
/// A module's transfer, its kind, the feature it needs, its place in the order of steps, and the name the plan gives its
/// line when it is not the feature's (a module with two transfers).
/// </summary>
public sealed record TransferRoute(string Kind, string FeatureId, int Order, Func<IServiceProvider, ITenantTransfer> Create, string? Name = null);
