using Portal.Identity;

namespace Portal.Notifications.Services;

/// <summary>The enabled accounts of the agency who hold a role (a notice meant for an office, not for a document's holders), and one more person when named.</summary>
public sealed class AgencyPeople(IAccountDirectory accounts)
{
    public async Task<List<string>> WithRoleAsync(string role, CancellationToken cancellationToken, string? also = null) =>
        [.. (await accounts.ListAsync(cancellationToken)).Where(a => !a.IsDisabled && (a.Roles.Contains(role) || a.UserId == also)).Select(a => a.UserId)];
}
