using Portal.Access;
using Portal.Core;
using Portal.Identity;

namespace Portal.Incoming.Services;

/// <summary>The tenant's active accounts as the incoming flow picks them: by user name, with their clearance checked against the level.</summary>
public sealed class People(IAccountDirectory directory)
{
    private IReadOnlyList<AccountSummary>? _accounts;

    public async Task<IReadOnlyList<AccountSummary>> ActiveAsync(CancellationToken cancellationToken) =>
        (_accounts ??= await directory.ListAsync(cancellationToken)).Where(a => !a.IsDisabled).ToList();

    /// <summary>Leaders who may direct a document of that level.</summary>
    public async Task<IReadOnlyList<AccountSummary>> LeadersAsync(SecrecyLevel level, CancellationToken cancellationToken) =>
        (await ActiveAsync(cancellationToken))
            .Where(a => (a.Roles.Contains(Roles.Head) || a.Roles.Contains(Roles.Deputy)) && Covers(a, level)).ToList();

    /// <summary>Everyone whose clearance covers the level (the handlers a leader may pick).</summary>
    public async Task<IReadOnlyList<AccountSummary>> ClearedAsync(SecrecyLevel level, CancellationToken cancellationToken) =>
        (await ActiveAsync(cancellationToken)).Where(a => Covers(a, level) && !a.Roles.All(r => r == Roles.TenantAdmin)).ToList();

    /// <summary>The active account with that user name, whose clearance covers the level; refused with a Vietnamese reason otherwise.</summary>
    public async Task<AccountSummary> RequireAsync(string? userName, SecrecyLevel level, string what, CancellationToken cancellationToken)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length == 0)
            throw new RequestRefusedException($"Chưa chọn {what}.");
        var account = (await ActiveAsync(cancellationToken)).FirstOrDefault(a => string.Equals(a.UserName, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestRefusedException($"Không có người dùng '{name}' đang hoạt động để làm {what}.");
        if (!Covers(account, level))
            throw new RequestRefusedException($"{account.FullName} chưa được tiếp cận tài liệu {LevelText.Of(level)}: không thể làm {what}.");
        return account;
    }

    private static bool Covers(AccountSummary account, SecrecyLevel level) =>
        level != SecrecyLevel.TuyetMat && (int)account.Clearance >= (int)level;
}
