using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Cli;
using Portal.Core.Tenancy;

namespace Portal.Files.Storage;

/// <summary>`./portal files sweep [--tenant X]`: removes orphan blobs and stale temporary files older than the grace period.</summary>
internal sealed class FilesCommand(TenantStore store, TenantHost host, IOptions<FilesOptions> options) : ICliCommand
{
    public string Name => "files";

    public string Usage => "files sweep [--tenant TÊN]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "sweep")
            throw new CommandException("Dùng: ./portal " + Usage);
        var names = args.Option("tenant") is { } one
            ? [one]
            : (await store.ListAsync(cancellationToken)).Where(t => t.State == TenantState.Running).Select(t => t.Name).ToList();
        foreach (var name in names)
        {
            var tenant = await host.ActivateAsync(name, cancellationToken)
                ?? throw new CommandException($"Không có cơ quan đang hoạt động '{name}'.");
            if (!tenant.HasFeature(FilesFeature.Id))
                continue;
            var result = await host.RunAsync(tenant, services =>
                services.GetRequiredService<VaultSweep>().SweepAsync(options.Value.OrphanGrace, cancellationToken));
            Console.WriteLine($"{name}: đã xóa {result.OrphanBlobs} tệp mồ côi, {result.StaleTemporaryFiles} tệp tạm.");
        }
        return 0;
    }
}
