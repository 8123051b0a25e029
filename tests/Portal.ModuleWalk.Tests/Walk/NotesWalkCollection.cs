using Xunit;

namespace Portal.ModuleWalk.Tests.Walk;

[CollectionDefinition(Name)]
public sealed class NotesWalkCollection : ICollectionFixture<NotesWalkServer>
{
    public const string Name = "Notes walk";
}
