using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Recipes;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Outgoing.Keys;

namespace Portal.Outgoing.Recipes;

/// <summary>
/// Recipe step "signingKeys": { "signers": [ "giamdoc", … ] } makes the tenant's test signing CA, a key and
/// certificate for each named signer (in their full name) and one for the agency. For demonstration only:
/// a real agency's keys come from the government CA.
/// </summary>
internal sealed class SigningKeysRecipeStep : IRecipeStep
{
    public string Name => "signingKeys";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "signers"))
            yield return "thiếu danh sách 'signers'.";
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var keystore = context.Services.GetRequiredService<SoftwareKeystore>();
        var accounts = await context.Services.GetRequiredService<IAccountDirectory>().ListAsync(cancellationToken);
        foreach (var userName in RecipeJson.Texts(context.Data, "signers"))
        {
            var account = accounts.FirstOrDefault(a => a.UserName == userName)
                ?? throw new RequestRefusedException($"Không có người dùng '{userName}' để cấp khóa ký số; hãy tạo người dùng ở bước trước.");
            await keystore.IssueAsync(account.UserId, account.FullName, cancellationToken);
        }
        await keystore.IssueAsync(SoftwareKeystore.AgencyOwner, context.Services.GetRequiredService<ITenantAccessor>().Current!.Record.DisplayName,
            cancellationToken);
    }
}
