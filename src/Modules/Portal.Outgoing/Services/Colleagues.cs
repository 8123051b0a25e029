using Portal.Access;
using Portal.Core;
using Portal.Identity;

namespace Portal.Outgoing.Services;

/// <summary>Finds the person named for the next step and checks that they hold the role (any, when none is given) and the clearance the document needs.</summary>
public sealed class Colleagues(IAccountDirectory directory)
{
    public async Task<AccountSummary> FindAsync(string? userName, SecrecyLevel level, string[] roles, string what, CancellationToken cancellationToken)
    {
        var name = userName?.Trim() ?? "";
        var account = (await directory.ListAsync(cancellationToken)).FirstOrDefault(a => a.UserName == name && !a.IsDisabled)
            ?? throw new RequestRefusedException($"Không có {what} '{name}'.");
        if (roles.Length > 0 && !account.Roles.Any(roles.Contains))
            throw new RequestRefusedException($"'{account.FullName}' không phải là {what}.");
        if ((int)account.Clearance < (int)level)
            throw new RequestRefusedException($"'{account.FullName}' không được phép tiếp cận văn bản độ mật này.");
        return account;
    }
}
