using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Outbox;
using Portal.Core.Recipes;
using Portal.Exchange.Decisions;
using Portal.Exchange.Directory;
using Portal.Exchange.Endpoints;
using Portal.Exchange.Envelopes;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Exchange.Recall;
using Portal.Exchange.Sending;
using Portal.Files;
using Portal.Identity;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Reorganisation;

namespace Portal.Exchange;

/// <summary>
/// Exchange of secret documents between agencies: the central office's directory of agencies and their
/// public keys, sealed envelopes from the sender's outbox to the recipient's node over HTTP, and status
/// messages back.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(ExchangeFeature.Id, "Liên thông văn bản",
        "Gửi, nhận, theo dõi và thu hồi văn bản mật giữa các cơ quan qua phong bì đã mã hóa và ký số.",
        [OutgoingFeature.Id, IncomingFeature.Id, FilesFeature.Id, AccessFeature.Id, AuditFeature.Id, IdentityFeature.Id]);

    /// <summary>Connections open at once to one node (the outbox runs 8 deliveries of a sender at once).</summary>
    public const int MaxConnectionsPerNode = 32;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IEnvelopeSeal, EnvelopeSeal>();
        services.AddTenantDbContext<ExchangeDb>(ExchangeFeature.Id, o => new ExchangeDb(o));
        services.AddSingleton<NodeCredential>();
        // A broadcast's thousands of acknowledgements queue for a few connections instead of opening a socket each
        // (each one a descriptor at both ends when the node sends to itself); idle ones are closed soon.
        services.AddHttpClient<IEnvelopeCourier, HttpEnvelopeCourier>(c => c.Timeout = TimeSpan.FromMinutes(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                MaxConnectionsPerServer = MaxConnectionsPerNode,
                PooledConnectionIdleTimeout = TimeSpan.FromSeconds(15),
            });
        services.AddScoped<AgencyKeys>();
        services.AddScoped<Portal.Oversight.IFigureSource, Figures.ExchangeFigures>();
        services.AddScoped<CentralDirectory>();
        services.AddScoped<IAgencyDirectory, AgencyDirectory>();
        services.AddScoped<ExchangeSending>();
        services.AddScoped<SendingProgress>();
        services.AddScoped<EnvelopeReception>();
        services.AddScoped<StatusReception>();
        services.AddScoped<StatusAnnouncement>();
        services.AddScoped<ArrivalQueue>();
        services.AddScoped<ArrivalOpening>();
        services.AddScoped<ArrivalRegistration>();
        services.AddOutboxHandler<DeliveryHandler>(ExchangeSending.DeliveryTopic, ExchangeFeature.Id, OutboxLane.Background, DeliveryHandler.Concurrency);
        services.AddScoped<StatusSending>();
        services.AddOutboxHandler<StatusHandler>(EnvelopeReception.StatusTopic, ExchangeFeature.Id, OutboxLane.Background);
        services.AddOutboxHandler<IncomingProgressHandler>(IncomingMoved.Topic, ExchangeFeature.Id);
        services.AddScoped<DocumentRecalling>();
        services.AddScoped<RecallReception>();
        services.AddScoped<RecallConfirmation>();
        services.AddScoped<Edxml.EdxmlExport>();
        services.AddScoped<Edxml.EdxmlImport>();
        services.AddOutboxHandler<RecallHandler>(DocumentRecalling.Topic, ExchangeFeature.Id, OutboxLane.Background);
        services.AddScoped<Secrets.ICopyHoldersElsewhere, CopyHolders>();
        services.AddScoped<CopyDecisions>();
        services.AddScoped<DecisionReception>();
        services.AddOutboxHandler<DecisionHandler>(CopyHolders.Topic, ExchangeFeature.Id, OutboxLane.Background);
        services.AddSingleton<IRecipeStep, ExchangeKeysRecipeStep>();
        // After the documents its records name (Incoming 30, Outgoing 35), before the audit trail's seal (1000).
        services.AddTenantTransfer<Merge.ExchangeTransfer>("exchange", ExchangeFeature.Id, 38);
        services.AddSingleton(AuditTerm.Target(ExchangeAuditActions.Kind, "Phong bì liên thông"));
        services.AddSingleton(new MenuEntry(MenuSections.Incoming, "Văn bản điện tử đến", "/exchange/arrivals", "inbox", 15, ExchangeFeature.Id,
            u => u.IsInRole(Roles.Clerk)));
        foreach (var (code, name) in ExchangeAuditActions.Names)
            services.AddSingleton(AuditTerm.Action(code, name));
    }

    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        ExchangeApi.Map(routes);
        NodeApi.Map(routes);
    }
}
