using Portal.Core.Modules;

namespace Portal.Host;

/// <summary>The composition root's list of modules: the one place that knows them all.</summary>
public static class PortalModules
{
    public static IReadOnlyList<IModuleStartup> All() =>
    [
        new Audit.Startup(),
        new Access.Startup(),
        new Identity.Startup(),
        new Dashboard.Startup(),
        new Tenants.Startup(),
        new Registers.Startup(),
        new ApiTokens.Startup(),
        new Incoming.Startup(),
        new Files.Startup(),
        new Rendering.Startup(),
        new Signing.Startup(),
        new Exchange.Startup(),
        new Search.Startup(),
        new Ocr.Startup(),
        new Templates.Startup(),
        new Outgoing.Startup(),
        new Dossiers.Startup(),
        new Reports.Startup(),
        new Oversight.Startup(),
        new Secrets.Startup(),
        new Calendar.Startup(),
        new Notifications.Startup(),
        new Delegation.Startup(),
        new Departure.Startup(),
        new Reorganisation.Startup(),
        new Guides.Startup(),
    ];
}
