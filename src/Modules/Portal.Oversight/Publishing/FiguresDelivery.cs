using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Oversight.Board;

namespace Portal.Oversight.Publishing;

/// <summary>Counts the tenant's figures and hands them to the central office, which keeps the newest per tenant.</summary>
internal sealed class FiguresDelivery(FigureCollection figures, CentralFigures central, ITenantAccessor tenants) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var tenant = tenants.Required.Name;
        var sheet = await figures.CountAsync(cancellationToken);
        await central.StoreAsync(tenant, sheet, cancellationToken);
    }
}
