namespace Portal.Core.Data;

/// <summary>
/// A tenant's SQLite file takes one writer at a time. Writers of this process wait their turn here, asynchronously,
/// instead of each beginning a transaction and meeting the file's lock: Microsoft.Data.Sqlite answers a busy lock by
/// blocking its thread in 150 ms sleeps, which under concurrent registrations held thread-pool threads asleep.
/// Kept on the tenant's context; other processes (the CLI) still meet the file's own lock and busy timeout.
/// </summary>
internal sealed class SqliteWriterTurn
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>The turn, to dispose when the transaction ends; null past the timeout, when SQLite's own lock decides as before.</summary>
    public async Task<IDisposable?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _turn.WaitAsync(timeout, cancellationToken) ? new Held(_turn) : null;

    private sealed class Held(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                turn.Release();
        }
    }
}
