using Portal.Identity;

namespace Portal.Departure.Services;

/// <summary>
/// The identity module asks before disabling an account: not while anything is still in the person's care, nor, for
/// a person who was cleared for secrets, before their undertaking is recorded.
/// </summary>
public sealed class DepartureGate(CustodyHolders holders, Undertakings undertakings, IAccountDirectory directory) : IDisableGuard
{
    public async Task<IReadOnlyList<string>> ObjectionsAsync(string userId, CancellationToken cancellationToken)
    {
        var person = await directory.FindActiveAsync(userId, cancellationToken);
        if (person is null)
            return [];
        var objections = new List<string>();
        var left = (await holders.InCareOfAsync(userId, cancellationToken)).Count;
        if (left > 0)
            objections.Add($"Chưa vô hiệu hóa được tài khoản {person.FullName}: còn {left} văn bản, hồ sơ mật đang quản lý chưa bàn giao " +
                           "(Bàn giao khi thôi việc / chuyển công tác).");
        if (person.Clearance != Clearance.None && await undertakings.LatestAsync(userId, cancellationToken) is null)
            objections.Add($"Chưa vô hiệu hóa được tài khoản {person.FullName}: chưa có bản cam kết bảo vệ bí mật nhà nước của người này.");
        return objections;
    }
}
