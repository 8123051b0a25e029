using System.Reflection;
using Portal.Core.Modules;
using Portal.Host;

namespace Portal.Tests.Architecture;

/// <summary>The built assemblies as the architecture rules see them: the framework, modules, their abstractions, the host.</summary>
public static class ModuleAssemblies
{
    public static Assembly Core => typeof(ModuleCatalogue).Assembly;

    public static Assembly Host => typeof(PortalModules).Assembly;

    /// <summary>Each module's implementation assembly (the one holding its startup).</summary>
    public static IReadOnlyList<Assembly> Implementations { get; } =
        PortalModules.All().Select(m => m.GetType().Assembly).Distinct().ToList();

    /// <summary>Every Portal.*.Abstractions assembly built beside the tests.</summary>
    public static IReadOnlyList<Assembly> Abstractions { get; } =
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Portal.*.Abstractions.dll")
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .ToList();

    /// <summary>Every assembly of the product that is built beside the tests (not test assemblies).</summary>
    public static IReadOnlyList<Assembly> Product { get; } =
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Portal.*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Portal.Test", StringComparison.Ordinal))
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .ToList();

    public static string Name(Assembly assembly) => assembly.GetName().Name!;

    public static IReadOnlyList<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    /// <summary>The repository root (where Portal.sln is), found from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
