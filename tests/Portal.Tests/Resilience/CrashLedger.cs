using System.Collections.Concurrent;

namespace Portal.Tests.Resilience;

/// <summary>What the clients sent and what the server confirmed, across every kill.</summary>
public sealed class CrashLedger
{
    private int _requests;
    private int _unanswered;

    public ConcurrentQueue<ConfirmedRegistration> Registrations { get; } = new();
    public ConcurrentQueue<ConfirmedUpload> Uploads { get; } = new();
    public ConcurrentQueue<string> Refusals { get; } = new();

    public int Requests => _requests;
    public int Unanswered => _unanswered;
    public int Kills { get; set; }
    public int ChecksPassed { get; set; }
    public int SearchChecksPassed { get; set; }

    public void Sent() => Interlocked.Increment(ref _requests);

    public void NoAnswer() => Interlocked.Increment(ref _unanswered);

    public override string ToString() =>
        $"{Requests} requests, {Kills} kills, {Registrations.Count} registrations and {Uploads.Count} uploads confirmed and checked " +
        $"after each restart, {Unanswered} cut off by a kill, {ChecksPassed} check rounds passed, " +
        $"{SearchChecksPassed} search index checks passed";
}
