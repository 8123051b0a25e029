using System.Diagnostics;

namespace Portal.Benchmarks.Notifications;

/// <summary>
/// Counts the database commands EF Core runs in this process (its "CommandExecuted" diagnostic event), whatever the
/// tenant or context: a scenario reads it around work it runs alone.
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string CommandExecuted = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private readonly List<IDisposable> _subscriptions = [];
    private long _count;

    public QueryCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public long Count => Interlocked.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            lock (_subscriptions)
                _subscriptions.Add(listener.Subscribe(this, name => name == CommandExecuted));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuted)
            Interlocked.Increment(ref _count);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
            _subscriptions.ForEach(s => s.Dispose());
    }
}
