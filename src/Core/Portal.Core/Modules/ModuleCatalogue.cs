namespace Portal.Core.Modules;

/// <summary>
/// All modules the host was built with, and the rules for switching their features on and off:
/// enabling pulls in dependencies, disabling what another enabled feature needs is refused.
/// </summary>
public sealed class ModuleCatalogue
{
    private readonly Dictionary<string, FeatureDescriptor> _features = new(StringComparer.Ordinal);

    public ModuleCatalogue(IEnumerable<IModuleStartup> modules)
    {
        Modules = modules.ToList();
        foreach (var feature in Modules.SelectMany(m => m.Manifest.Features))
        {
            if (!_features.TryAdd(feature.Id, feature))
                throw new InvalidOperationException($"Feature '{feature.Id}' is declared twice.");
        }
        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.DependsOn.Where(d => !_features.ContainsKey(d)))
                throw new InvalidOperationException($"Feature '{feature.Id}' depends on unknown feature '{dependency}'.");
        }
        foreach (var feature in _features.Values)
            Closure([feature.Id], []);
    }

    public IReadOnlyList<IModuleStartup> Modules { get; }

    public IEnumerable<FeatureDescriptor> Features => _features.Values;

    public FeatureDescriptor? Find(string id) => _features.GetValueOrDefault(id);

    /// <summary>The features a tenant has after enabling <paramref name="requested"/> on top of <paramref name="current"/>.</summary>
    public IReadOnlySet<string> Enable(IEnumerable<string> current, IEnumerable<string> requested, bool centralOffice)
    {
        var wanted = current.Concat(requested)
            .Concat(_features.Values.Where(f => f.AlwaysEnabled && (centralOffice || !f.CentralOfficeOnly)).Select(f => f.Id))
            .ToList();
        var unknown = wanted.Where(id => !_features.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
            throw new FeatureSetException($"Không có tính năng: {string.Join(", ", unknown)}.");
        var result = Closure(wanted, []);
        var forbidden = result.Select(id => _features[id]).Where(f => f.CentralOfficeOnly && !centralOffice).ToList();
        if (forbidden.Count > 0)
            throw new FeatureSetException(
                $"Tính năng chỉ dành cho Văn phòng Chính phủ (cơ quan trung tâm): {string.Join(", ", forbidden.Select(f => f.Name))}.");
        return result;
    }

    /// <summary>
    /// A tenant's features with every always-enabled feature (and what it needs) added: a module that
    /// became mandatory after the tenant was set up is switched on at its next activation.
    /// </summary>
    public IReadOnlySet<string> WithAlwaysEnabled(IReadOnlySet<string> current, bool centralOffice)
    {
        var always = _features.Values.Where(f => f.AlwaysEnabled && (centralOffice || !f.CentralOfficeOnly)).Select(f => f.Id);
        var result = Closure(always, []);
        result.UnionWith(current);
        return result;
    }

    /// <summary>The features a tenant has after disabling <paramref name="featureId"/>; refused when another enabled feature needs it.</summary>
    public IReadOnlySet<string> Disable(IEnumerable<string> current, string featureId)
    {
        var enabled = current.ToHashSet(StringComparer.Ordinal);
        if (!_features.TryGetValue(featureId, out var feature))
            throw new FeatureSetException($"Không có tính năng: {featureId}.");
        if (feature.AlwaysEnabled)
            throw new FeatureSetException($"Tính năng '{feature.Name}' là bắt buộc, không thể tắt.");
        var dependents = enabled
            .Where(id => id != featureId && _features.TryGetValue(id, out _) && Closure([id], []).Contains(featureId))
            .Select(id => _features[id].Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (dependents.Count > 0)
            throw new FeatureSetException(
                $"Không thể tắt tính năng '{feature.Name}' vì các tính năng sau đang cần nó: {string.Join(", ", dependents)}.");
        enabled.Remove(featureId);
        return enabled;
    }

    private HashSet<string> Closure(IEnumerable<string> roots, HashSet<string> visiting)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in roots)
            Visit(id, result, visiting);
        return result;
    }

    private void Visit(string id, HashSet<string> result, HashSet<string> visiting)
    {
        if (result.Contains(id))
            return;
        if (!visiting.Add(id))
            throw new InvalidOperationException($"Feature dependency cycle through '{id}'.");
        foreach (var dependency in _features[id].DependsOn)
            Visit(dependency, result, visiting);
        visiting.Remove(id);
        result.Add(id);
    }
}
