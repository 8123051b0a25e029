namespace Portal.Tests.Calendar;

[CollectionDefinition(Name)]
public sealed class TetServerCollection : ICollectionFixture<TetServerFixture>
{
    public const string Name = "Server at Tết";
}
