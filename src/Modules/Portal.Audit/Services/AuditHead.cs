namespace Portal.Audit.Services;

/// <summary>The newest position of a tenant's chain and its MAC, as recorded outside the tenant's store.</summary>
public sealed record AuditHead(long Position, string Mac);
