using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Tenancy;
using Portal.Identity.Certificates;
using Portal.Identity.Models;
using Portal.Identity.Recipes;
using Portal.Identity.Services;
using Portal.Reorganisation;

namespace Portal.Identity;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(IdentityFeature.Id, "Người dùng và đăng nhập",
        "Tài khoản, vai trò, đơn vị, đăng nhập.", [AuditFeature.Id], alwaysEnabled: true);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<IdentityDb>(IdentityFeature.Id, o => new IdentityDb(o));
        services.AddTenantTransfer<Merge.AccountTransfer>("user", IdentityFeature.Id, 10);
        services.AddScoped<Portal.Reorganisation.IOrganisationChart, Merge.UnitChart>();
        services.AddSingleton(AuditTerm.Action(Merge.AccountTransfer.MovedIn, "Nhận tài khoản chuyển sang khi sáp nhập, chia tách cơ quan"));
        services.AddScoped<Portal.Oversight.IFigureSource, Services.AccountFigures>();
        services.AddIdentityCore<PortalUser>(o =>
            {
                PasswordPolicy.Apply(o.Password);
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.AddHttpContextAccessor();
        services.AddAuthentication(IdentitySchemes.Cookie).AddCookie(IdentitySchemes.Cookie, o =>
        {
            o.Cookie.Name = ".portal.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.CookieManager = new TenantCookieManager();
            o.ExpireTimeSpan = configuration.GetValue("Portal:SessionIdle", SessionLimits.DefaultIdle);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            o.Events.OnRedirectToLogin = RedirectWithinTenant;
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthentication().AddCookie(IdentitySchemes.Pending, o =>
        {
            o.Cookie.Name = ".portal.pending";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.CookieManager = new TenantCookieManager();
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            o.SlidingExpiration = false;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(PortalPolicies.TenantAdmin, p => p.RequireAuthenticatedUser().RequireRole(Roles.TenantAdmin))
            .AddPolicy(PortalPolicies.AuditReader, p => p.RequireAuthenticatedUser().RequireRole(Roles.SecurityOfficer, Roles.CentralOfficeAdmin))
            .AddPolicy(PortalPolicies.CentralOfficeAdmin, p => p.RequireAuthenticatedUser().RequireRole(Roles.CentralOfficeAdmin)
                .RequireAssertion(c => c.Resource is HttpContext http && http.Features.Get<TenantContext>() is { IsDefault: true }));
        var attemptsPerMinute = configuration.GetValue("Portal:SignInAttemptsPerMinute", SessionLimits.DefaultSignInAttemptsPerMinute);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SessionLimits.SignInRateLimit, http => RateLimitPartition.GetSlidingWindowLimiter(
                (http.Features.Get<TenantContext>()?.Name ?? "") + "|" + http.Connection.RemoteIpAddress,
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6,
                }));
        });
        services.AddScoped<UserAccounts>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<TotpAuthenticator>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<StepUp>();
        services.AddCertificateSignIn();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddSingleton<IRecipeStep, UnitsRecipeStep>();
        services.AddSingleton<IRecipeStep, RolesRecipeStep>();
        services.AddSingleton<IRecipeStep, UsersRecipeStep>();
        services.AddSingleton<IRecipeStep, AdminAccountRecipeStep>();
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Người dùng", "/admin/users", "users", 10,
            IdentityFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Đơn vị", "/admin/units", "building", 20,
            IdentityFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
    }

    /// <summary>Browsers go to the sign-in page of the tenant they were in; scripts get 401; another agency's session gets 404.</summary>
    private static Task RedirectWithinTenant(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        if (context.HttpContext.Items.ContainsKey(SessionValidator.ForeignSession))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        if (request.Path.StartsWithSegments("/api") || !HttpMethods.IsGet(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        context.Response.Redirect(request.PathBase + "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return Task.CompletedTask;
    }
}
