using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Outbox;
using Portal.Identity;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Registers;
using Portal.Rendering;
using Portal.Reorganisation;
using Portal.Search;
using Portal.Secrets.Endpoints;
using Portal.Secrets.Models;
using Portal.Secrets.Services;

namespace Portal.Secrets;

/// <summary>The register of state secrets: every secret document with its protection period, and the decisions on its life.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(SecretsFeature.Id, "Quản lý bí mật nhà nước",
        "Sổ quản lý bí mật nhà nước, thời hạn bảo vệ, gia hạn, giảm độ mật, giải mật và tiêu hủy.",
        [IncomingFeature.Id, OutgoingFeature.Id, AccessFeature.Id, AuditFeature.Id, IdentityFeature.Id, RegistersFeature.Id, RenderingFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<SecretsDb>(SecretsFeature.Id, o => new SecretsDb(o));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ProtectionPeriods>();
        services.AddScoped<SecretDeciders>();
        services.AddScoped<SecretRegister>();
        services.AddScoped<SecretDecisions>();
        services.AddScoped<ISourceDecisions, SourceDecisions>();
        services.AddScoped<SecretFiles>();
        services.AddScoped<StoreCompaction>();
        services.AddScoped<RegisterViews>();
        services.AddScoped<ReminderWindow>();
        services.AddScoped<PeriodEnds>();
        services.AddScoped<IDeclassifications, DeclassificationRecords>();
        services.AddHostedService<PeriodSweeper>();
        services.AddOutboxHandler<IncomingRegisteredHandler>(IncomingMoved.Topic, SecretsFeature.Id);
        services.AddOutboxHandler<OutgoingIssuedHandler>(OutgoingIssued.Topic, SecretsFeature.Id);
        services.AddOutboxHandler<SealingHandler>(DocumentChanged.Topic, SecretsFeature.Id);
        services.AddSingleton(SecretsMenu.Register);
        services.AddSingleton(SecretsMenu.Statistics);
        services.AddScoped<YearlyStatistics>();
        services.AddSingleton(AuditTerm.Target(SecretsFeature.Kind, "Sổ quản lý bí mật nhà nước"));
        services.AddTenantTransfer<Merge.SecretTransfer>(SecretsFeature.Kind, SecretsFeature.Id, 40);
        services.AddSingleton(AuditTerm.Action(Merge.SecretTransfer.MovedIn, "Nhận dòng sổ quản lý bí mật nhà nước chuyển sang khi sáp nhập, chia tách cơ quan"));
        foreach (var (code, name) in SecretAuditActions.Names)
            services.AddSingleton(AuditTerm.Action(code, name));
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => SecretsApi.Map(routes);
}
