namespace Portal.Core.Outbox;

/// <summary>
/// A tenant's dispatch gates in this process: one dispatch at a time per lane, and at most one background run waiting;
/// and per lane whether messages wait for a retry (which keeps the tenant active, so the sweep retries them).
/// </summary>
internal sealed class OutboxGate
{
    private int _backgroundQueued;
    // Unknown until the first dispatch looks (messages a crash or an earlier activation left), then known after each
    // failure; read and written only by the lane's dispatch, which holds its gate.
    private readonly bool[] _unsettled = [true, true];
    private readonly bool[] _waiting = [false, false];

    public SemaphoreSlim AfterCommit { get; } = new(1, 1);

    public SemaphoreSlim Background { get; } = new(1, 1);

    public SemaphoreSlim For(OutboxLane lane) => lane == OutboxLane.Background ? Background : AfterCommit;

    /// <summary>True when no background run is already waiting for the gate (that one will see what was just written).</summary>
    public bool QueueBackground() => Interlocked.CompareExchange(ref _backgroundQueued, 1, 0) == 0;

    /// <summary>The waiting run got the gate: a message written from now on needs another run.</summary>
    public void BackgroundStarted() => Volatile.Write(ref _backgroundQueued, 0);

    /// <summary>A message failed and will be retried: the dispatch looks again at what waits when it ends.</summary>
    public void Unsettle(OutboxLane lane) => _unsettled[(int)lane] = true;

    /// <summary>Whether what waits must be looked at again: unknown, or messages waited when last looked (retried since).</summary>
    public bool NeedsLook(OutboxLane lane) => _unsettled[(int)lane] || _waiting[(int)lane];

    /// <summary>Records what waits; true when that changed (the tenant is to be held, or let go).</summary>
    public bool Settle(OutboxLane lane, bool waiting)
    {
        _unsettled[(int)lane] = false;
        var changed = _waiting[(int)lane] != waiting;
        _waiting[(int)lane] = waiting;
        return changed;
    }
}
