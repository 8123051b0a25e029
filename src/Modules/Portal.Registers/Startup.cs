using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Identity;
using Portal.Registers.Models;
using Portal.Registers.Recipes;
using Portal.Registers.Services;
using Portal.Reorganisation;

namespace Portal.Registers;

/// <summary>The agency's registers of state secrets (sổ đăng ký), configured by recipe and by the tenant admin, and their numbering.</summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(RegistersFeature.Id, "Sổ đăng ký văn bản mật",
        "Sổ đăng ký bí mật nhà nước đến, đi và sổ chuyển giao.", [IdentityFeature.Id, AuditFeature.Id, Rendering.RenderingFeature.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<RegistersDb>(RegistersFeature.Id, o => new RegistersDb(o));
        services.AddScoped<RegisterSubjectSettings>();
        services.AddScoped<IRegisterNumbering, RegisterNumbering>();
        services.AddScoped<IRegistrationBooks, RegistrationBooks>();
        services.AddScoped<ICopyLog, CopyLog>();
        services.AddScoped<IBookPrint, BookPrint>();
        services.AddScoped<CopyLogBook>();
        services.AddScoped<RegisterAdministration>();
        services.AddTenantTransfer<Merge.RegisterTransfer>("register", RegistersFeature.Id, 20);
        services.AddSingleton(AuditTerm.Action(Merge.RegisterTransfer.MovedIn, "Nhận sổ văn bản chuyển sang khi sáp nhập, chia tách cơ quan"));
        services.AddSingleton(AuditTerm.Action(Merge.RegisterTransfer.Closed, "Khóa sổ văn bản khi sáp nhập, chia tách cơ quan"));
        // After the documents and dossiers it names, before the audit trail's seal.
        services.AddTenantTransfer<Merge.CopyLogTransfer>("copy-log", RegistersFeature.Id, 50, "Sổ quản lý sao, chụp");
        services.AddSingleton(AuditTerm.Action(Merge.CopyLogTransfer.MovedIn, "Nhận sổ quản lý sao, chụp chuyển sang khi sáp nhập, chia tách cơ quan"));
        services.AddSingleton<IRecipeStep, RegistrationBooksRecipeStep>();
        services.AddSingleton(AuditTerm.Target(RegisterAuditActions.TargetKind, "Sổ văn bản"));
        services.AddSingleton(AuditTerm.Action(RegisterAuditActions.Created, "Tạo sổ văn bản"));
        services.AddSingleton(AuditTerm.Action(RegisterAuditActions.Updated, "Sửa sổ văn bản"));
        services.AddSingleton(AuditTerm.Action(RegisterAuditActions.Deactivated, "Ngừng sử dụng sổ văn bản"));
        services.AddSingleton(AuditTerm.Action(RegisterAuditActions.Activated, "Dùng lại sổ văn bản"));
        services.AddSingleton(AuditTerm.Action(RegisterAuditActions.SubjectsChanged, "Đổi quy định hiện trích yếu trong sổ"));
        services.AddSingleton(AuditTerm.Action(CopyLogBook.Printed, "In sổ quản lý sao, chụp"));
        services.AddSingleton(AuditTerm.Action(CopyLogBook.Viewed, "Xem sổ quản lý sao, chụp"));
        services.AddSingleton(new MenuEntry(MenuSections.Secrets, "Sổ quản lý sao, chụp", "/registers/copies", "book-open", 40,
            RegistersFeature.Id, CopyLogBook.Keeps));
        services.AddSingleton(new MenuEntry(MenuSections.Administration, "Sổ văn bản", "/admin/registers", "file-text", 30,
            RegistersFeature.Id, u => u.IsInRole(Roles.TenantAdmin)));
    }
}
