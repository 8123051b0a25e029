using Portal.Core.Cli;

namespace Portal.Core.Backup;

/// <summary>
/// What `backup` and `restore` share: one tenant (--tenant) and one backup file (--to or --from; a relative
/// path is taken from the folder `./portal` was called in), both required.
/// </summary>
internal abstract class BackupVerb(string name, string fileOption, string usage) : ICliCommand
{
    public string Name => name;

    public string Usage => usage;

    public Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken) =>
        RunAsync(args.Required("tenant"), args.PathOption(fileOption), cancellationToken);

    protected abstract Task<int> RunAsync(string tenant, string file, CancellationToken cancellationToken);
}
