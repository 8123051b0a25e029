using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

internal sealed class TenantUnitOfWork(ITenantAccessor tenants, IDataProvider provider) : ITenantUnitOfWork, IAsyncDisposable
{
    private readonly List<DbContext> _contexts = [];
    private readonly List<Func<Task>> _afterCommit = [];
    private DbConnection? _connection;
    private IDisposable? _writing;

    public DbConnection Connection => _connection ??= provider.CreateConnection(tenants.Required);

    public DbTransaction? Transaction { get; private set; }

    public async Task<DbTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (Transaction is not null)
            throw new InvalidOperationException("The unit of work already has a transaction.");
        _writing = await provider.WaitToWriteAsync(tenants.Required, cancellationToken);
        try
        {
            Transaction = await provider.BeginTransactionAsync(Connection, tenants.Required, cancellationToken);
        }
        catch
        {
            StopWriting();
            throw;
        }
        foreach (var context in _contexts)
            await context.Database.UseTransactionAsync(Transaction, cancellationToken);
        return Transaction;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction to commit.");
        await transaction.CommitAsync(cancellationToken);
        await EndAsync(detachContexts: true);
        var work = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var item in work)
            await item();
    }

    public Task LockAsync(string resource, CancellationToken cancellationToken = default) =>
        Transaction is null
            ? throw new InvalidOperationException("A lock is held for a transaction; begin one first.")
            : provider.LockAsync(Connection, tenants.Required, resource, cancellationToken);

    public void AfterCommit(Func<Task> work)
    {
        if (Transaction is null)
            throw new InvalidOperationException("After-commit work needs a transaction.");
        _afterCommit.Add(work);
    }

    /// <summary>Points a module's DbContext at the unit's connection and transaction.</summary>
    internal T Enlist<T>(T context) where T : DbContext
    {
        context.Database.SetDbConnection(Connection, contextOwnsConnection: false);
        if (Transaction is not null)
            context.Database.UseTransaction(Transaction);
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            // The scope's DbContexts are already disposed here; the transaction alone is rolled back.
            try
            {
                await Transaction.RollbackAsync();
            }
            finally
            {
                await EndAsync(detachContexts: false);
            }
        }
        _afterCommit.Clear();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    private async Task EndAsync(bool detachContexts)
    {
        try
        {
            if (detachContexts)
            {
                foreach (var context in _contexts)
                    await context.Database.UseTransactionAsync(null);
            }
            await Transaction!.DisposeAsync();
        }
        finally
        {
            Transaction = null;
            StopWriting();
        }
    }

    private void StopWriting()
    {
        _writing?.Dispose();
        _writing = null;
    }
}
