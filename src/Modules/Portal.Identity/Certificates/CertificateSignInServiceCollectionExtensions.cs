using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Data;
using Portal.Core.Navigation;
using Portal.Core.Recipes;

namespace Portal.Identity.Certificates;

public static class CertificateSignInServiceCollectionExtensions
{
    /// <summary>
    /// Certificate sign-in: the trust store's table (migrated with the Identity feature), the services,
    /// the "trustedAuthorities" recipe step and the admin's menu entry. Calling it twice adds nothing.
    /// </summary>
    public static IServiceCollection AddCertificateSignIn(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(CertificateSignIn)))
            return services;
        services.AddTenantDbContext<CertificatesDb>(IdentityFeature.Id, o => new CertificatesDb(o));
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TrustStore>();
        services.AddScoped<CertificateBindings>();
        services.AddScoped<CertificateSignIn>();
        services.AddSingleton<IRecipeStep, TrustedAuthoritiesRecipeStep>();
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Chứng thư số", "/admin/certificates", "key", 20,
            IdentityFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
        return services;
    }
}
