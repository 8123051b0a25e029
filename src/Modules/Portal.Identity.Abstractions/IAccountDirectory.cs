namespace Portal.Identity;

/// <summary>
/// Read-only facts about the current tenant's accounts for other modules (API tokens, reports):
/// who a person is, their roles and clearance, as the account says now.
/// </summary>
public interface IAccountDirectory
{
    /// <summary>The account with that id, or null when there is none or it is disabled.</summary>
    Task<ActiveAccount?> FindActiveAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Every account of the tenant, disabled ones included, ordered by user name.</summary>
    Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The mail address of each of these people whose account is enabled and has one (for the notices' mail).</summary>
    Task<IReadOnlyDictionary<string, string>> MailAddressesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);
}
