namespace Portal.Core.Cli;

/// <summary>A verb of `./portal` that a module contributes (e.g. "audit"); the host dispatches to it by name.</summary>
public interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken);
}
