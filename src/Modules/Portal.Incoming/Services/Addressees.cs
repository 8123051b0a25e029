using Portal.Access;
using Portal.Delegation;
using Portal.Identity;

namespace Portal.Incoming.Services;

/// <summary>
/// Where a step addressed to someone goes: to them, or, during their absence, to the deputy they named (checked for
/// the document's level like anyone picked), with the delegation's note naming both people.
/// </summary>
public sealed class Addressees(People people, IDelegations delegations)
{
    public async Task<(AccountSummary Account, string ActingFor)> RouteAsync(AccountSummary addressee, SecrecyLevel level, string what,
        CancellationToken cancellationToken)
    {
        var acting = await delegations.InForceForAsync(addressee.UserId, cancellationToken);
        return acting is null
            ? (addressee, "")
            : (await people.RequireAsync(acting.DeputyUserName, level, what, cancellationToken), acting.Note);
    }
}
