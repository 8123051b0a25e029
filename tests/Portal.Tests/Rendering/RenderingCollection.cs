namespace Portal.Tests.Rendering;

/// <summary>One server and one Chromium for the rendering tests, which run one after another (one kills the browser).</summary>
[CollectionDefinition(Name)]
public sealed class RenderingCollection : ICollectionFixture<RenderingFixture>
{
    public const string Name = "Rendering";
}
