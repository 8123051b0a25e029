namespace Portal.Core.Data;

public static class TenantUnitOfWorkExtensions
{
    /// <summary>Runs the work in the unit's transaction: joins the open one, or begins one and commits it after the work.</summary>
    public static async Task InTransactionAsync(this ITenantUnitOfWork unitOfWork, Func<Task> work,
        CancellationToken cancellationToken = default)
    {
        if (unitOfWork.Transaction is not null)
        {
            await work();
            return;
        }
        await unitOfWork.BeginAsync(cancellationToken);
        await work();
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
