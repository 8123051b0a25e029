using Portal.Core.Tenancy;

namespace Portal.Core.Cli;

/// <summary>
/// The tenants a CLI verb works on — the one of `--tenant X`, or every running tenant (with a feature,
/// when the verb needs one) — each activated as the server has it and worked on in its own scope.
/// </summary>
public sealed class CliTenants(TenantStore store, TenantHost host)
{
    /// <summary>`--tenant`'s name, or the names of every running tenant (that has <paramref name="feature"/>, when given).</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CommandArguments args, CancellationToken cancellationToken, string? feature = null) =>
        args.Option("tenant") is { } one
            ? [one]
            : (await store.ListAsync(cancellationToken))
                .Where(t => t.State == TenantState.Running && (feature is null || t.FeatureSet.Contains(feature)))
                .Select(t => t.Name).ToList();

    /// <summary>A running tenant, activated; the operator is told when there is none of that name.</summary>
    public async Task<TenantContext> ActivateAsync(string name, CancellationToken cancellationToken) =>
        await host.ActivateAsync(name, cancellationToken)
        ?? throw new CommandException($"Không có cơ quan đang hoạt động '{name}'.");

    /// <summary>
    /// A running tenant as the server has it, or a disabled one opened just for this (work that must reach
    /// every tenant's data, e.g. re-wrapping its keys).
    /// </summary>
    public async Task<TenantContext> OpenAsync(string name, CancellationToken cancellationToken)
    {
        if (await host.ActivateAsync(name, cancellationToken) is { } running)
            return running;
        var record = await store.FindAsync(name, cancellationToken);
        return record is { State: TenantState.Disabled }
            ? host.CreateSetupContext(record)
            : throw new CommandException($"Không có cơ quan '{name}'.");
    }

    /// <summary>Every tenant that has data (running or disabled), in the store's order.</summary>
    public async Task<IReadOnlyList<TenantRecord>> WithDataAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken)).Where(r => r.State != TenantState.Uninitialized).ToList();

    /// <summary>Runs work in the tenant's own scope.</summary>
    public Task<T> RunAsync<T>(TenantContext tenant, Func<IServiceProvider, Task<T>> work) => host.RunAsync(tenant, work);

    /// <summary>
    /// The loop of the verbs that take `--tenant X` or every running tenant: each tenant activated (the
    /// operator told when one is not running), then <paramref name="work"/> for it; how many were selected.
    /// </summary>
    public async Task<int> ForEachAsync(CommandArguments args, Func<string, TenantContext, Task> work, CancellationToken cancellationToken,
        string? feature = null)
    {
        var names = await NamesAsync(args, cancellationToken, feature);
        foreach (var name in names)
            await work(name, await ActivateAsync(name, cancellationToken));
        return names.Count;
    }
}
