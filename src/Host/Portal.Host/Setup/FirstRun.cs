using Portal.Core;
using Portal.Core.Tenancy;

namespace Portal.Host.Setup;

/// <summary>
/// The embedded default on first run: the central office (Default tenant, at "/") from the
/// central-office recipe, then, for a demo, its people (central-office-people: a clerk, a signing leader, a unit
/// head and an officer, so the central office can issue and send documents) and the configured demo tenants from
/// their recipes. Does nothing when the central office exists.
/// </summary>
public sealed class FirstRun(TenantStore store, TenantAdministration tenants, IConfiguration configuration, ILogger<FirstRun> logger)
{
    public const string CentralOfficePeople = "central-office-people";

    public async Task RunAsync(bool withDemoTenants, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (await store.FindAsync(TenantRecord.DefaultName, cancellationToken) is not null)
            return;
        var central = configuration.GetSection("Setup:CentralOffice").Get<DemoTenant>() ?? new DemoTenant();
        central.Name = TenantRecord.DefaultName;
        central.Level = AgencyLevel.CentralOffice;
        central.Recipe = "central-office";
        await tenants.CreateAsync(central.ToCreation(), cancellationToken);
        logger.LogInformation("Central office set up; sign in at / as {User}", central.AdminUserName);
        if (!withDemoTenants)
            return;
        await tenants.ApplyAsync(TenantRecord.DefaultName, CentralOfficePeople, cancellationToken);
        foreach (var demo in configuration.GetSection("Setup:DemoTenants").Get<List<DemoTenant>>() ?? [])
        {
            try
            {
                await tenants.CreateAsync(demo.ToCreation(), cancellationToken);
                logger.LogInformation("Demo tenant {Tenant} set up at /{Tenant}/", demo.Name, demo.Name);
            }
            catch (RequestRefusedException e)
            {
                logger.LogError("Demo tenant {Tenant} was not set up: {Errors}", demo.Name, string.Join(" ", e.Errors));
            }
        }
    }
}
