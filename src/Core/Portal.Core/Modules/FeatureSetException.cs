namespace Portal.Core.Modules;

/// <summary>A change to a tenant's features that the catalogue refuses; the message is shown to the user.</summary>
public sealed class FeatureSetException(string message) : Exception(message);
