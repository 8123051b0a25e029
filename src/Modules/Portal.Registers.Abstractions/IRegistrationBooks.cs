namespace Portal.Registers;

/// <summary>The tenant's registers, for the modules that register documents in them.</summary>
public interface IRegistrationBooks
{
    Task<IReadOnlyList<RegistrationBookInfo>> ListAsync(RegisterKind? kind, CancellationToken cancellationToken);
}
