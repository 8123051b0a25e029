namespace Portal.Reorganisation;

/// <summary>
/// The source's vault seen from the target's import: a file's decrypted content is streamed from the source's scope
/// into <c>store</c> (running in the target's scope, e.g. the target's vault) through a bounded pipe, never whole in
/// memory and never written to disk in the clear.
/// </summary>
public interface ISourceFiles
{
    /// <summary>What <paramref name="store"/> returned, and the SHA-256 (lower-case hex) of the bytes the source gave.</summary>
    Task<SourceFileCopy<T>> CopyAsync<T>(Guid fileId, Func<Stream, Task<T>> store, CancellationToken cancellationToken);
}
