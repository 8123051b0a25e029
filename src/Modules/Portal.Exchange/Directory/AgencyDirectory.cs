using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;

namespace Portal.Exchange.Directory;

internal sealed class AgencyDirectory(CentralDirectory central, ITenantAccessor tenants) : IAgencyDirectory
{
    public const string Everyone = "tat-ca";
    public const string AllProvinces = "tat-ca-tinh";
    public const string AllMinistries = "tat-ca-bo";
    public const string ChildrenOf = "truc-thuoc:";

    public async Task<IReadOnlyList<AgencyListing>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = await central.EntriesAsync(cancellationToken);
        var names = entries.ToDictionary(e => e.AgencyCode, e => e.DisplayName, StringComparer.Ordinal);
        return [.. entries.Select(e => e.MergedInto is { } into
            ? Listing(e) with { MergedInto = into, Note = $"{(e.SplitUp ? "đã chia tách; liên thông chuyển về" : "đã sáp nhập vào")} {names.GetValueOrDefault(into, into)} ({into})" }
            : Listing(e))];
    }

    public async Task<IReadOnlyList<AgencyListing>> GroupAsync(string group, CancellationToken cancellationToken)
    {
        Func<DirectoryEntry, bool> member = group switch
        {
            Everyone => _ => true,
            AllProvinces => e => e.Level == (int)AgencyLevel.Province,
            AllMinistries => e => e.Level == (int)AgencyLevel.Ministry,
            _ when group.StartsWith(ChildrenOf, StringComparison.Ordinal) => e => e.ParentCode == group[ChildrenOf.Length..],
            _ => throw new RequestRefusedException($"Không có nhóm cơ quan '{group}' trong danh bạ liên thông."),
        };
        var own = tenants.Required.Record.AgencyCode;
        // A merged agency is no member: its successor is, on its own.
        return [.. (await central.EntriesAsync(cancellationToken)).Where(e => e.AgencyCode != own && e.MergedInto is null && member(e)).Select(Listing)];
    }

    private static AgencyListing Listing(DirectoryEntry e) => new(e.AgencyCode, e.DisplayName, e.ParentCode, e.Level);
}
