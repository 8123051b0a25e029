using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Calendar;

/// <summary>
/// A server whose clock the tests set, standing on Wednesday 3 February 2027 at 10:00 in Vietnam, with the central
/// office's Tết holiday entered (Friday 5 to Wednesday 10 February; the lunar new year is Saturday 6) and an agency.
/// A test that moves the clock puts it back with <see cref="AtAsync"/>.
/// </summary>
public sealed class TetServerFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2027, 2, 3, 3, 0, 0, TimeSpan.Zero);

    public SettableClock Clock { get; } = new(Start);
    public PortalTestServer Server { get; private set; } = null!;
    public SignedInClients Clients { get; private set; } = null!;
    public IncomingAgency Agency { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A session's idle limit is counted on the application's clock: long enough for the tests' moves of it.
        Server = await PortalTestServer.StartAsync(demoTenants: false, clock: Clock,
            settings: new Dictionary<string, string?> { ["Portal:SessionIdle"] = "400.00:00:00" });
        Clients = new SignedInClients(Server);
        Agency = await IncomingAgency.CreateAsync(Server, "lich");
        var central = await Clients.CentralAdminAsync();
        foreach (var day in new[] { "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10" })
            Assert.Equal(HttpStatusCode.Created, (await PostDayOffAsync(central, day, "Tết Nguyên đán")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Runs the work with the server's clock at the given Vietnam time, then puts the clock back.</summary>
    public async Task<T> AtAsync<T>(DateTime vietnamTime, Func<Task<T>> work)
    {
        Clock.Now = new DateTimeOffset(vietnamTime, TimeSpan.FromHours(7));
        try
        {
            return await work();
        }
        finally
        {
            Clock.Now = Start;
        }
    }

    public static Task<HttpResponseMessage> PostDayOffAsync(PortalClient client, string date, string? name, string tenant = "") =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{tenant}/api/calendar/days-off".TrimStart('/'))
            { Content = JsonContent.Create(new { date, name }) });
}
