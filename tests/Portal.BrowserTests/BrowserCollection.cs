namespace Portal.BrowserTests;

/// <summary>Every browser test shares one server and one Chromium; each test opens its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Trình duyệt";
}
