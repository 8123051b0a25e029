namespace Portal.Core.Outbox;

/// <summary>A tenant's dispatch gates in this process: one dispatch at a time per lane, and at most one background run waiting.</summary>
internal sealed class OutboxGate
{
    private int _backgroundQueued;

    public SemaphoreSlim AfterCommit { get; } = new(1, 1);

    public SemaphoreSlim Background { get; } = new(1, 1);

    public SemaphoreSlim For(OutboxLane lane) => lane == OutboxLane.Background ? Background : AfterCommit;

    /// <summary>True when no background run is already waiting for the gate (that one will see what was just written).</summary>
    public bool QueueBackground() => Interlocked.CompareExchange(ref _backgroundQueued, 1, 0) == 0;

    /// <summary>The waiting run got the gate: a message written from now on needs another run.</summary>
    public void BackgroundStarted() => Volatile.Write(ref _backgroundQueued, 0);
}
