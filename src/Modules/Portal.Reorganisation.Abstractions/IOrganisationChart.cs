namespace Portal.Reorganisation;

/// <summary>The accounts module's units and people, read in the source's scope when a split is planned and run.</summary>
public interface IOrganisationChart
{
    Task<OrganisationChart> ReadAsync(CancellationToken cancellationToken);
}
