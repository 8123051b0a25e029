namespace Portal.Core.Modules;

/// <summary>What a module declares about itself: its id, name and the features it offers.</summary>
public sealed record ModuleManifest(string Id, string Name, IReadOnlyList<FeatureDescriptor> Features)
{
    public static ModuleManifest Single(string id, string name, string description = "",
        IReadOnlyList<string>? dependencies = null, bool centralOfficeOnly = false, bool alwaysEnabled = false) =>
        new(id, name, [new FeatureDescriptor(id, name, description, dependencies, centralOfficeOnly, alwaysEnabled)]);
}
