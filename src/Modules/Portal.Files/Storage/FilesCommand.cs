using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Cli;

namespace Portal.Files.Storage;

/// <summary>`./portal files sweep [--tenant X]`: removes orphan blobs and stale temporary files older than the grace period.</summary>
internal sealed class FilesCommand(CliTenants tenants, IOptions<FilesOptions> options) : ICliCommand
{
    public string Name => "files";

    public string Usage => "files sweep [--tenant TÊN]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "sweep")
            throw new CommandException("Dùng: ./portal " + Usage);
        await tenants.ForEachAsync(args, async (name, tenant) =>
        {
            if (!tenant.HasFeature(FilesFeature.Id))
                return;
            var result = await tenants.RunAsync(tenant, services =>
                services.GetRequiredService<VaultSweep>().SweepAsync(options.Value.OrphanGrace, cancellationToken));
            Console.WriteLine($"{name}: đã xóa {result.OrphanBlobs} tệp mồ côi, {result.StaleTemporaryFiles} tệp tạm.");
        }, cancellationToken);
        return 0;
    }
}
