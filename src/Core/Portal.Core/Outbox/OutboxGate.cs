namespace Portal.Core.Outbox;

/// <summary>Kept on the tenant's context: one dispatch at a time per tenant in this process.</summary>
internal sealed class OutboxGate
{
    public SemaphoreSlim Lock { get; } = new(1, 1);
}
