using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Identity;
using Portal.Notes.Models;
using Portal.Notes.Recipes;

namespace Portal.Notes;

/// <summary>The agency's notes (ghi chú): the example module of docs/modules.md.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(NotesFeature.Id, "Ghi chú",
        "Ghi chú của quản trị cơ quan.", [IdentityFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<NotesDb>(NotesFeature.Id, o => new NotesDb(o));
        services.AddSingleton<IRecipeStep, NotesRecipeStep>();
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Ghi chú", "/notes", "book-open", 90,
            NotesFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
    }
}
