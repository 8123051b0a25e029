using System.Data.Common;

namespace Portal.Core.Data;

/// <summary>
/// One connection per unit of work (a request, a job) in the current tenant, shared by every module's
/// DbContext, so a change, its audit entry and its outbox message commit in one transaction.
/// </summary>
public interface ITenantUnitOfWork
{
    DbConnection Connection { get; }

    DbTransaction? Transaction { get; }

    /// <summary>Begins the unit's transaction; every DbContext of the unit, created before or after, takes part in it.</summary>
    Task<DbTransaction> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>Commits, then runs the after-commit work (e.g. recording the audit chain's head outside the tenant store).</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the tenant's lock named <paramref name="resource"/> until the transaction ends, so writers that
    /// read then append (e.g. the audit chain) take turns. SQLite's transactions already hold the write lock;
    /// on PostgreSQL, two READ COMMITTED transactions would otherwise read the same last link.
    /// </summary>
    Task LockAsync(string resource, CancellationToken cancellationToken = default);

    /// <summary>Work to run once the transaction has committed; never runs when it rolls back.</summary>
    void AfterCommit(Func<Task> work);
}
