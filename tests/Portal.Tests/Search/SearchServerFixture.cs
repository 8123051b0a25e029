using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>One server for the search tests, with an agency holding the whole corpus, registered by its clerk.</summary>
public sealed class SearchServerFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public SearchAgency Corpus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PortalTestServer.StartAsync(demoTenants: false);
        Corpus = await SearchAgency.CreateAsync(Server, "tra-cuu");
        await Corpus.RegisterAsync(Search.Corpus.Documents);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
