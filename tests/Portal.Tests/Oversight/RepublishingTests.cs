using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Oversight;

/// <summary>
/// An agency publishes again by itself once its documents change, without the central office asking: a server of
/// its own with a short debounce, so the change settles within the test's patience.
/// </summary>
public sealed class RepublishingTests : IAsyncLifetime
{
    private PortalTestServer _server = null!;

    public async Task InitializeAsync() => _server = await PortalTestServer.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Portal:Oversight:Debounce"] = "00:00:01",
        ["Portal:Oversight:Check"] = "00:00:00.200",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_registration_reaches_the_central_office_figures_without_being_asked()
    {
        var agency = await IncomingAgency.CreateAsync(_server, "tdtd");
        await agency.AsAsync(DemoAccounts.Clerk);
        Assert.True(await Eventually.TrueAsync(() => Published(agency) is { } sheet && sheet.Contains("\"incoming.total\":0")),
            "The agency did not publish after it activated.");

        await agency.RegisterAsync(IncomingAgency.Form());
        await agency.RegisterAsync(IncomingAgency.Form());
        Assert.True(await Eventually.TrueAsync(() => Published(agency) is { } sheet && sheet.Contains("\"incoming.total\":2")),
            Published(agency) ?? "nothing published");
    }

    private string? Published(IncomingAgency agency) =>
        TenantStores.Rows(_server, "Default", $"SELECT \"Sheet\" FROM \"OversightFigures\" WHERE \"TenantName\" = '{agency.Tenant}'").SingleOrDefault();
}
