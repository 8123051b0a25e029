namespace Portal.Tests.Rendering;

/// <summary>Runs alone, after the parallel tests: it reads the process's managed heap, which other tests would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMemoryCollection
{
    public const string Name = "Export memory";
}
