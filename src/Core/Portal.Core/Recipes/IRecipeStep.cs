namespace Portal.Core.Recipes;

/// <summary>
/// One kind of recipe step, registered by the module that owns the data it writes. Validate has no
/// side effects and runs for every step before any step executes.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    IEnumerable<string> Validate(RecipeStepContext context);

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
