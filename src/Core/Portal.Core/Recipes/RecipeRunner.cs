using System.Text.Json;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Core.Recipes;

/// <summary>
/// Checks a whole recipe before anything happens, then runs its steps in the tenant's scope.
/// The "features" step is the runner's own: it decides which modules' tables and steps exist.
/// </summary>
public sealed class RecipeRunner(IEnumerable<IRecipeStep> steps, ModuleCatalogue catalogue, TenantHost host)
{
    public const string FeaturesStep = "features";

    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The features the tenant has with those the recipe enables (and their dependencies), or refused with every problem found.</summary>
    public IReadOnlySet<string> Validate(Recipe recipe, IReadOnlyDictionary<string, string> parameters, TenantRecord record)
    {
        var errors = new List<string>();
        IReadOnlySet<string> features = new HashSet<string>();
        try
        {
            features = catalogue.Enable(record.FeatureSet, recipe.Steps.Where(s => s.Name == FeaturesStep).SelectMany(RequestedFeatures), record.IsDefault);
        }
        catch (FeatureSetException e)
        {
            errors.Add(e.Message);
        }
        var probe = new TenantContext(new TenantRecord
        {
            Name = record.Name, DisplayName = record.DisplayName, Features = string.Join(' ', features),
        }, "");
        foreach (var (step, index) in recipe.Steps.Select((s, i) => (s, i + 1)).Where(x => x.s.Name != FeaturesStep))
        {
            if (!_steps.TryGetValue(step.Name, out var handler))
            {
                errors.Add($"Bước {index} ('{step.Name}') không được hệ thống hỗ trợ.");
                continue;
            }
            errors.AddRange(handler.Validate(new RecipeStepContext(step.Data, parameters, probe))
                .Select(e => $"Bước {index} ('{step.Name}'): {e}"));
        }
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        return features;
    }

    public async Task ExecuteAsync(Recipe recipe, IReadOnlyDictionary<string, string> parameters, TenantContext tenant,
        CancellationToken cancellationToken)
    {
        foreach (var step in recipe.Steps.Where(s => s.Name != FeaturesStep))
        {
            var context = new RecipeStepContext(step.Data, parameters, tenant);
            await host.RunAsync(tenant, async services =>
            {
                context.Services = services;
                await _steps[step.Name].ExecuteAsync(context, cancellationToken);
                return true;
            });
        }
    }

    private static IEnumerable<string> RequestedFeatures(RecipeStepData step) =>
        step.Data.TryGetProperty("enable", out var enable) && enable.ValueKind == JsonValueKind.Array
            ? enable.EnumerateArray().Select(e => e.GetString() ?? "")
            : [];
}
