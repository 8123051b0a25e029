namespace Portal.Exchange;

/// <summary>
/// The central office's directory of agencies that exchange documents, and its groups: "tat-ca"
/// (everyone), "tat-ca-tinh" (all provinces), "tat-ca-bo" (all ministries), "truc-thuoc:{code}" (the
/// agencies directly under one).
/// </summary>
public interface IAgencyDirectory
{
    Task<IReadOnlyList<AgencyListing>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The agencies a group names, without the asking agency; a refusal names an unknown group.</summary>
    Task<IReadOnlyList<AgencyListing>> GroupAsync(string group, CancellationToken cancellationToken);
}
