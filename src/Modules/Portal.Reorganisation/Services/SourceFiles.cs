using System.IO.Pipelines;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Files;

namespace Portal.Reorganisation.Services;

/// <summary>
/// A source tenant's vault read from the target's import: the source's scope decrypts into a pipe (its own async flow,
/// so its tenant never leaks into the target's), hashing what it writes; the target's store reads the other end.
/// </summary>
public sealed class SourceFiles(TenantHost host, TenantContext source) : ISourceFiles
{
    public async Task<SourceFileCopy<T>> CopyAsync<T>(Guid fileId, Func<Stream, Task<T>> store, CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
        var reading = Task.Run(() => host.RunAsync(source, s => DecryptAsync(s, fileId, pipe.Writer, cancellationToken)), cancellationToken);
        T stored;
        try
        {
            await using var input = pipe.Reader.AsStream();
            stored = await store(input);
        }
        catch (Exception e)
        {
            await pipe.Reader.CompleteAsync(e);
            await Task.WhenAny(reading);
            throw;
        }
        return new SourceFileCopy<T>(stored, await reading);
    }

    private static async Task<string> DecryptAsync(IServiceProvider services, Guid fileId, PipeWriter writer, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using var content = await services.GetRequiredService<IFileVault>().OpenReadAsync(fileId, cancellationToken);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await writer.CompleteAsync(e);
            throw;
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
