namespace Portal.Reorganisation;

/// <summary>
/// Optional, for a module some of whose data no transfer moves: what would stay in the closed source, counted cheaply,
/// so the plan warns of it ("Không chuyển: …"). A module with a store, no transfer and no such count is named without one.
/// </summary>
public interface IStayingData
{
    Task<IReadOnlyList<StayingCount>> CountAsync(CancellationToken cancellationToken);
}
