using System.Diagnostics;

namespace Portal.Ocr.Services;

/// <summary>
/// One run of the isolated worker: started, its answer read within a time limit, killed (with anything it
/// started) if it is still running, its stderr drained. Whatever the worker does, the caller sees only its
/// answer or an <see cref="OcrFailedException"/> with a Vietnamese message.
/// </summary>
internal static class WorkerRun
{
    public static async Task<T> RunAsync<T>(ProcessStartInfo start, TimeSpan limit, Func<Process, CancellationToken, Task<T>> readAnswer,
        string cannotStart, string overTime, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new OcrFailedException(cannotStart);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            return await readAnswer(process, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OcrFailedException(overTime);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await errors;
        }
    }
}
