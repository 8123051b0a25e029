namespace Portal.Registers;

/// <summary>The tenant's registers, for the modules that register documents in them.</summary>
public interface IRegistrationBooks
{
    /// <summary>The books of that kind (all when null), active or not, by code.</summary>
    Task<IReadOnlyList<RegistrationBookInfo>> ListAsync(RegisterKind? kind, CancellationToken cancellationToken);

    /// <summary>The book with this code, or null when the tenant has none.</summary>
    Task<RegistrationBookInfo?> FindAsync(string code, CancellationToken cancellationToken);
}
