namespace Portal.Reorganisation;

/// <summary>A module's count of what stays behind, built in tenants with its feature.</summary>
public sealed record StayingRoute(string FeatureId, Func<IServiceProvider, IStayingData> Create);
