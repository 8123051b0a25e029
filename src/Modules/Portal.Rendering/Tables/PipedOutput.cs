using System.IO.Pipelines;

namespace Portal.Rendering.Tables;

/// <summary>
/// Runs a writer that writes synchronously (the zip and XML writers) on a worker thread into a pipe and
/// copies the pipe to the output asynchronously: an HTTP response refuses synchronous writes, and the
/// pipe holds about a megabyte at most, so a large export sits neither whole in memory nor on disk.
/// </summary>
internal static class PipedOutput
{
    private const int PauseAt = 1 << 20;

    public static async Task WriteAsync(Func<Stream, CancellationToken, Task> write, Stream output, CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseAt, resumeWriterThreshold: PauseAt / 2, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() => ProduceAsync(write, pipe.Writer, stop.Token), CancellationToken.None);
        try
        {
            await pipe.Reader.CopyToAsync(output, cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            await pipe.Reader.CompleteAsync();
            await producing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        await pipe.Reader.CompleteAsync();
        await producing;
    }

    private static async Task ProduceAsync(Func<Stream, CancellationToken, Task> write, PipeWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await using (var stream = writer.AsStream(leaveOpen: true))
                await write(stream, cancellationToken);
            await writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await writer.CompleteAsync(e);
            throw;
        }
    }
}
