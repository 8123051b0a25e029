using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Recipes;

namespace Portal.Core.Tenancy;

/// <summary>
/// The central office's operations on tenants, shared by its pages and the CLI. A setup either
/// completes or leaves the tenant Uninitialized with its error and no data at all.
/// </summary>
public sealed class TenantAdministration(
    TenantStore store,
    TenantHost host,
    RecipeCatalogue recipes,
    RecipeRunner runner,
    TenantMigrator migrator,
    ModuleCatalogue catalogue,
    IDataProvider provider,
    ReservedPrefixes reserved,
    IEnumerable<ITenantStoreEvents> storeEvents,
    ILogger<TenantAdministration> logger)
{
    private static readonly SemaphoreSlim CreationLock = new(1, 1);

    public Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<(IReadOnlyList<TenantRecord> Rows, int Total)> SearchAsync(string? text, TenantState? state, int skip, int take,
        CancellationToken cancellationToken) => store.SearchAsync(text, state, skip, take, cancellationToken);

    public Task<IReadOnlyDictionary<TenantState, int>> CountByStateAsync(CancellationToken cancellationToken) =>
        store.CountByStateAsync(cancellationToken);

    public IEnumerable<FeatureDescriptor> Features => catalogue.Features;

    public bool IsActive(string name) => host.ActiveTenants.Any(t => t.Name == name);

    public Task<TenantRecord?> FindAsync(string name, CancellationToken cancellationToken) => store.FindAsync(name, cancellationToken);

    /// <summary>Creates and sets up an agency's tenant; refused with Vietnamese messages before anything is written.</summary>
    public async Task<TenantRecord> CreateAsync(TenantCreation request, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var isDefault = request.Name == TenantRecord.DefaultName;
        if (!isDefault && TenantName.Problem(request.Name, reserved) is { } nameProblem)
            errors.Add(nameProblem);
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 300)
            errors.Add("Tên cơ quan là bắt buộc và không quá 300 ký tự.");
        if (!AgencyCode.IsValid(request.AgencyCode))
            errors.Add("Mã định danh cơ quan phải có dạng 000.00.00.G22 (bốn nhóm, ngăn cách bằng dấu chấm).");
        if (request.ParentAgency is { Length: > 300 })
            errors.Add("Tên cơ quan chủ quản không quá 300 ký tự.");
        if (!Enum.IsDefined(request.Level))
            errors.Add("Cấp cơ quan không hợp lệ.");
        var record = new TenantRecord
        {
            Name = request.Name,
            DisplayName = request.DisplayName?.Trim() ?? "",
            AgencyCode = request.AgencyCode ?? "",
            ParentAgency = string.IsNullOrWhiteSpace(request.ParentAgency) ? null : request.ParentAgency.Trim(),
            Level = request.Level,
            State = TenantState.Uninitialized,
            Recipe = request.Recipe,
            CreatedUtc = DateTime.UtcNow,
        };
        var parameters = Parameters(request);
        Recipe? recipe = null;
        try
        {
            recipe = recipes.Get(request.Recipe);
            record.Features = string.Join(' ', runner.Validate(recipe, parameters, record).Order(StringComparer.Ordinal));
        }
        catch (RequestRefusedException e)
        {
            errors.AddRange(e.Errors);
        }
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);

        await CreationLock.WaitAsync(cancellationToken);
        try
        {
            if (await store.FindAsync(record.Name, cancellationToken) is not null)
                throw new RequestRefusedException($"Đã có cơ quan dùng tiền tố '{record.Name}'.");
            await store.AddAsync(record, cancellationToken);
        }
        finally
        {
            CreationLock.Release();
        }
        // Once started, a set-up runs to its end or is undone: a closed browser tab must not leave half a tenant.
        await SetupAsync(record, recipe!, parameters, CancellationToken.None);
        return record;
    }

    /// <summary>
    /// Runs a further recipe's steps on a tenant that is set up (the demo set-up gives the central office its people
    /// this way). Such a recipe enables no feature: its steps must be served by the features the tenant has.
    /// </summary>
    public async Task ApplyAsync(string name, string recipeName, CancellationToken cancellationToken)
    {
        var record = await Require(name, cancellationToken);
        var recipe = recipes.Get(recipeName);
        if (!runner.Validate(recipe, new Dictionary<string, string>(), record).SetEquals(record.FeatureSet))
            throw new RequestRefusedException($"Công thức '{recipeName}' không được bật thêm tính năng cho cơ quan đã thiết lập.");
        var tenant = await host.ActivateAsync(name) ?? throw new RequestRefusedException($"Cơ quan '{name}' không hoạt động.");
        await runner.ExecuteAsync(recipe, new Dictionary<string, string>(), tenant, cancellationToken);
    }

    /// <summary>Removes a tenant whose set-up failed, so it can be created again; a set-up tenant is never deleted here.</summary>
    public async Task DeleteUninitializedAsync(string name, CancellationToken cancellationToken)
    {
        var record = await Require(name, cancellationToken);
        if (record.State != TenantState.Uninitialized)
            throw new RequestRefusedException($"Chỉ xóa được cơ quan chưa thiết lập xong; '{record.DisplayName}' đang ở trạng thái {TenantStateText.Of(record.State)}.");
        await provider.DropTenantStoreAsync(name, CancellationToken.None);
        foreach (var events in storeEvents)
            await events.DroppedAsync(name, CancellationToken.None);
        await store.RemoveAsync(record, CancellationToken.None);
    }

    public async Task DisableAsync(string name, CancellationToken cancellationToken)
    {
        if (name == TenantRecord.DefaultName)
            throw new RequestRefusedException("Không thể vô hiệu hóa Văn phòng Chính phủ (cơ quan trung tâm).");
        var record = await Require(name, cancellationToken);
        // A read-only archive is disabled as a running agency is, once the central office no longer needs it read.
        await ChangeStateAsync(name, record.State == TenantState.Archived ? TenantState.Archived : TenantState.Running, TenantState.Disabled,
            cancellationToken);
    }

    /// <summary>
    /// Makes a running agency a read-only archive (after a merge moved everything out of it): its security officers may
    /// still sign in and read, nothing else changes there, no background work runs in it.
    /// </summary>
    public async Task ArchiveAsync(string name, CancellationToken cancellationToken)
    {
        if (name == TenantRecord.DefaultName)
            throw new RequestRefusedException("Không thể chuyển Văn phòng Chính phủ (cơ quan trung tâm) thành lưu trữ.");
        await ChangeStateAsync(name, TenantState.Running, TenantState.Archived, cancellationToken);
    }

    public Task EnableAsync(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(name, TenantState.Disabled, TenantState.Running, cancellationToken);

    public async Task EnableFeatureAsync(string name, string featureId, CancellationToken cancellationToken)
    {
        var record = await Require(name, cancellationToken);
        try
        {
            record.Features = string.Join(' ', catalogue.Enable(record.FeatureSet, [featureId], record.IsDefault).Order(StringComparer.Ordinal));
        }
        catch (FeatureSetException e)
        {
            throw new RequestRefusedException(e.Message);
        }
        await SaveFeaturesAsync(record, cancellationToken);
    }

    public async Task DisableFeatureAsync(string name, string featureId, CancellationToken cancellationToken)
    {
        var record = await Require(name, cancellationToken);
        try
        {
            record.Features = string.Join(' ', catalogue.Disable(record.FeatureSet, featureId).Order(StringComparer.Ordinal));
        }
        catch (FeatureSetException e)
        {
            throw new RequestRefusedException(e.Message);
        }
        await SaveFeaturesAsync(record, cancellationToken);
    }

    private async Task SaveFeaturesAsync(TenantRecord record, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(record, cancellationToken);
        host.Release(record.Name);
    }

    private async Task SetupAsync(TenantRecord record, Recipe recipe, IReadOnlyDictionary<string, string> parameters,
        CancellationToken cancellationToken)
    {
        try
        {
            var tenant = host.CreateSetupContext(record);
            await migrator.CreateStoreAsync(tenant, cancellationToken);
            await runner.ExecuteAsync(recipe, parameters, tenant, cancellationToken);
            provider.Release(tenant);
            record.SchemaFingerprint = migrator.Fingerprint(tenant);
            record.State = TenantState.Running;
            record.SetupError = null;
            await store.UpdateAsync(record, cancellationToken);
            logger.LogInformation("Tenant {Tenant} set up from recipe {Recipe}", record.Name, recipe.Name);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Setting up tenant {Tenant} failed", record.Name);
            await provider.DropTenantStoreAsync(record.Name, CancellationToken.None);
            foreach (var events in storeEvents)
                await events.DroppedAsync(record.Name, CancellationToken.None);
            record.SetupError = e is RequestRefusedException refused
                ? string.Join(" ", refused.Errors)
                : "Thiết lập cơ quan không thành công; dữ liệu đã được xóa, có thể thiết lập lại. Chi tiết kỹ thuật có trong nhật ký hệ thống.";
            await store.UpdateAsync(record, CancellationToken.None);
            throw new RequestRefusedException(record.SetupError);
        }
    }

    private async Task ChangeStateAsync(string name, TenantState from, TenantState to, CancellationToken cancellationToken)
    {
        var record = await Require(name, cancellationToken);
        if (record.State != from)
            throw new RequestRefusedException($"Cơ quan '{record.DisplayName}' đang ở trạng thái {TenantStateText.Of(record.State)}.");
        record.State = to;
        await store.UpdateAsync(record, cancellationToken);
        host.Release(name);
    }

    private async Task<TenantRecord> Require(string name, CancellationToken cancellationToken) =>
        await store.FindAsync(name, cancellationToken) ?? throw new RequestRefusedException($"Không có cơ quan '{name}'.");

    private static Dictionary<string, string> Parameters(TenantCreation request) => new(StringComparer.Ordinal)
    {
        [SetupParameters.AdminUserName] = request.AdminUserName ?? "",
        [SetupParameters.AdminPassword] = request.AdminPassword ?? "",
        [SetupParameters.AdminFullName] = request.AdminFullName ?? "",
        [SetupParameters.TenantDisplayName] = request.DisplayName ?? "",
        [SetupParameters.AgencyCode] = request.AgencyCode ?? "",
    };
}
