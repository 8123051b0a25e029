using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;

namespace Portal.Exchange.Directory;

/// <summary>
/// Recipe step "exchangeKeys" (no settings): makes the agency's exchange keys and publishes the agency
/// (code, parent, level, public keys) in the central office's directory, so it can send and receive.
/// </summary>
internal sealed class ExchangeKeysRecipeStep : IRecipeStep
{
    public string Name => "exchangeKeys";

    public IEnumerable<string> Validate(RecipeStepContext context) => [];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var (encryption, signature) = await context.Services.GetRequiredService<AgencyKeys>().EnsureAsync(cancellationToken);
        await context.Services.GetRequiredService<CentralDirectory>().PublishAsync(context.Tenant.Record, encryption, signature, cancellationToken);
    }
}
