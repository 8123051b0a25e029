using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Registers;
using Portal.Registers.Services;
using Portal.Testing;
using Portal.Tests.ApiTokens;

namespace Portal.Tests.Registers;

/// <summary>Register work in a tenant outside any request, each call in its own scope and transaction, as a request has.</summary>
public static class RegisterWork
{
    /// <summary>Takes a number and commits, or leaves the transaction open so the scope's end rolls it back.</summary>
    public static Task<RegisterNumber> TakeAsync(PortalTestServer server, string tenant, string book, DateTimeOffset at, bool commit = true) =>
        TenantWork.RunAsync(server, tenant, async services =>
        {
            var unitOfWork = services.GetRequiredService<ITenantUnitOfWork>();
            await unitOfWork.BeginAsync();
            var number = await services.GetRequiredService<IRegisterNumbering>().NextAsync(book, at, CancellationToken.None);
            if (commit)
                await unitOfWork.CommitAsync();
            return number;
        });

    public static Task<RegistrationBookInfo?> BookAsync(PortalTestServer server, string tenant, string code) =>
        TenantWork.RunAsync(server, tenant, s => s.GetRequiredService<IRegistrationBooks>().FindAsync(code, CancellationToken.None));

    public static async Task DeactivateAsync(PortalTestServer server, string tenant, string code)
    {
        var book = await BookAsync(server, tenant, code) ?? throw new InvalidOperationException($"No book {code} in {tenant}.");
        await TenantWork.RunAsync(server, tenant, async s =>
        {
            await s.GetRequiredService<RegisterAdministration>().SetActiveAsync(book.Id, false, CancellationToken.None);
            return true;
        });
    }
}
