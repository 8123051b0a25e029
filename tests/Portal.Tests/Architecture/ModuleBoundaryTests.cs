using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Host;

namespace Portal.Tests.Architecture;

/// <summary>Modules talk to each other only through *.Abstractions; the framework knows no module.</summary>
public sealed class ModuleBoundaryTests
{
    private static IReadOnlyList<string> ImplementationNames => ModuleAssemblies.Implementations.Select(ModuleAssemblies.Name).ToList();

    [Fact]
    public void The_rules_see_every_module_and_abstractions_assembly()
    {
        Assert.Superset(new HashSet<string> { "Portal.Dashboard", "Portal.Identity", "Portal.Registers", "Portal.Tenants" },
            ImplementationNames.ToHashSet());
        Assert.Contains("Portal.Identity.Abstractions", ModuleAssemblies.Abstractions.Select(ModuleAssemblies.Name));
    }

    [Fact]
    public void No_module_assembly_references_another_module_implementation_or_the_host()
    {
        foreach (var module in ModuleAssemblies.Implementations)
        {
            var forbidden = ImplementationNames.Where(n => n != ModuleAssemblies.Name(module)).Append(ModuleAssemblies.Name(ModuleAssemblies.Host));
            Assert.Empty(ModuleAssemblies.References(module).Intersect(forbidden));
        }
    }

    [Fact]
    public void Abstractions_reference_no_module_implementation()
    {
        foreach (var abstractions in ModuleAssemblies.Abstractions)
            Assert.Empty(ModuleAssemblies.References(abstractions).Intersect(ImplementationNames.Append(ModuleAssemblies.Name(ModuleAssemblies.Host))));
    }

    [Fact]
    public void The_framework_references_no_module_no_theme_and_not_the_host()
    {
        var references = ModuleAssemblies.References(ModuleAssemblies.Core);

        Assert.DoesNotContain(references, r => r.StartsWith("Portal.", StringComparison.Ordinal));
    }

    [Fact]
    public void Module_projects_reference_other_modules_only_through_their_abstractions_projects()
    {
        var root = ModuleAssemblies.RepositoryRoot();
        var modules = Directory.EnumerateFiles(Path.Combine(root, "src", "Modules"), "*.csproj", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(modules);
        foreach (var project in modules.Append(Path.Combine(root, "src", "Core", "Portal.Core", "Portal.Core.csproj")))
        {
            var own = Path.GetFileNameWithoutExtension(project);
            foreach (var reference in ProjectReferences(project))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference));
                var name = Path.GetFileNameWithoutExtension(target);
                var isModule = target.Contains($"{Path.DirectorySeparatorChar}Modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
                Assert.False(own == "Portal.Core" && isModule, $"Portal.Core references module project {name}.");
                Assert.False(isModule && !name.EndsWith(".Abstractions", StringComparison.Ordinal) && name != own,
                    $"{own} references the module implementation {name}; use its Abstractions project.");
                Assert.False(name == "Portal.Host", $"{own} references the host.");
            }
        }
    }

    [Fact]
    public void No_module_type_uses_another_module_DbContext()
    {
        foreach (var module in ModuleAssemblies.Implementations)
        {
            var foreign = ModuleAssemblies.Implementations.Where(a => a != module)
                .SelectMany(a => a.GetTypes()).Where(t => typeof(DbContext).IsAssignableFrom(t))
                .Select(t => t.FullName!).ToArray();
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(foreign).GetResult();
            Assert.True(result.IsSuccessful,
                $"{ModuleAssemblies.Name(module)} uses another module's DbContext: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void No_DbContext_is_shared_through_abstractions_or_the_host()
    {
        foreach (var assembly in ModuleAssemblies.Abstractions.Append(ModuleAssemblies.Host))
            Assert.DoesNotContain(assembly.GetTypes(), t => typeof(DbContext).IsAssignableFrom(t));
    }

    [Fact]
    public void Every_tenant_DbContext_lives_in_the_assembly_of_the_module_whose_feature_owns_it()
    {
        var modules = new List<IModuleStartup> { new CoreModule() };
        modules.AddRange(PortalModules.All());
        var services = new ServiceCollection().AddPortal(new ConfigurationBuilder().Build(), PortalModules.All());
        var models = services.Where(s => s.ServiceType == typeof(TenantDataModel)).Select(s => (TenantDataModel)s.ImplementationInstance!).ToList();

        Assert.NotEmpty(models);
        foreach (var model in models)
        {
            var owner = Assert.Single(modules, m => m.Manifest.Features.Any(f => f.Id == model.FeatureId));
            Assert.Equal(owner.GetType().Assembly, model.ContextType.Assembly);
        }
        Assert.Equal(models.Count, models.Select(m => m.MigrationsHistoryTable).Distinct().Count());
    }

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(project).Descendants("ProjectReference").Select(e => e.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar));
}
