using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Host.Security;
using Serilog;

namespace Portal.Host;

/// <summary>Builds the web application: configuration, logging, Kestrel, the modules and the request pipeline.</summary>
public static class PortalWebApp
{
    public const string DefaultHttpUrl = "http://127.0.0.1:5080";
    public const string DefaultHttpsUrl = "https://127.0.0.1:5443";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null,
        IEnumerable<IModuleStartup>? extraModules = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        ApplyEnvironment(builder.Configuration);
        configure?.Invoke(builder);

        builder.Host.UseSerilog((context, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(DataFolder(context.Configuration), "logs", "portal-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30));
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

        var urls = new[] { builder.Configuration["Portal:HttpUrl"], builder.Configuration["Portal:HttpsUrl"] }
            .Where(u => !string.IsNullOrWhiteSpace(u)).ToArray();
        builder.WebHost.UseUrls(urls!);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
            kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ServerCertificate = LocalCertificateAuthority.ServerCertificate(DataFolder(builder.Configuration));
                // Asked in the handshake for certificate sign-in; the authentication handler validates it.
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();
            });
        });

        var modules = PortalModules.All().Concat(extraModules ?? []).ToList();
        builder.Services.AddPortal(builder.Configuration, modules);
        // Every unsafe method on every MVC endpoint needs the antiforgery token, whether or not the action says so.
        var mvc = builder.Services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        foreach (var assembly in modules.Select(m => m.GetType().Assembly).Append(typeof(Theme.ThemeAssets).Assembly).Distinct())
            mvc.AddApplicationPart(assembly);
        // Vietnamese text goes out as UTF-8 characters, not as numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".portal.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseErrorPages();
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(assets))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/static" });
        var controlToken = ControlToken.New();
        app.Lifetime.ApplicationStarted.Register(() => ControlToken.Write(DataFolder(app.Configuration), controlToken));
        app.Map("/health", health => Health.Map(health, controlToken));
        app.UsePortalTenants();
        app.UseRateLimiter();
        app.UseAuthentication();
        // A merged-away agency's archive: its security officers read, nothing changes.
        app.UseMiddleware<Portal.Core.Tenancy.ArchiveGuardMiddleware>(Portal.Identity.Services.ArchiveAdmission.ReaderRole);
        // Before authorization: a protected resource answers 404 to everyone who may not see it,
        // the anonymous included, rather than a sign-in redirect that would confirm it exists.
        app.UseMiddleware<Portal.Core.Security.EndpointGuardMiddleware>();
        app.UseAuthorization();
        app.MapControllers();
        app.MapPortalModules();
    }

    /// <summary>PORTAL_* environment variables, as the portal script and the README name them.</summary>
    private static void ApplyEnvironment(ConfigurationManager configuration)
    {
        var values = new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = Environment.GetEnvironmentVariable("PORTAL_DATA") ?? configuration["Portal:DataFolder"]
                ?? Path.Combine(Directory.GetCurrentDirectory(), "App_Data"),
            ["Portal:HttpUrl"] = Environment.GetEnvironmentVariable("PORTAL_HTTP_URL") ?? configuration["Portal:HttpUrl"] ?? DefaultHttpUrl,
            ["Portal:HttpsUrl"] = Environment.GetEnvironmentVariable("PORTAL_HTTPS_URL") ?? configuration["Portal:HttpsUrl"] ?? DefaultHttpsUrl,
            ["Portal:RecipesFolder"] = configuration["Portal:RecipesFolder"] ?? Path.Combine(AppContext.BaseDirectory, "recipes"),
        };
        Optional(values, "Portal:DatabaseProvider", "PORTAL_DATABASE", configuration);
        Optional(values, "Portal:ConnectionString", "PORTAL_CONNECTION_STRING", configuration);
        configuration.AddInMemoryCollection(values);
    }

    /// <summary>Only values that are set: an in-memory null would hide the appsettings value.</summary>
    private static void Optional(Dictionary<string, string?> values, string key, string variable, IConfiguration configuration)
    {
        if ((Environment.GetEnvironmentVariable(variable) ?? configuration[key]) is { Length: > 0 } value)
            values[key] = value;
    }

    private static string DataFolder(IConfiguration configuration) => configuration["Portal:DataFolder"]!;
}
