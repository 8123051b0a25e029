using Portal.Core.Diagnostics;
using Portal.Core.Tenancy;

namespace Portal.Benchmarks.Exchange;

/// <summary>
/// The tenant host under the broadcast: its cap, the most tenants active at once (the host's own count), and the most
/// descriptors the process held (files and sockets), with the tenants' database files per active tenant at that moment.
/// </summary>
public sealed class ActiveTenantPeaks(TenantHost host, string sitesFolder)
{
    private readonly string _sites = Path.GetFullPath(sitesFolder) + Path.DirectorySeparatorChar;

    public int DescriptorsPeak { get; private set; }
    public int ActiveAtDescriptorsPeak { get; private set; }
    public int DatabaseFilesAtDescriptorsPeak { get; private set; }

    public void Sample()
    {
        var descriptors = ProcessFacts.OpenDescriptors();
        if (descriptors <= DescriptorsPeak)
            return;
        DescriptorsPeak = descriptors;
        ActiveAtDescriptorsPeak = host.ActiveTenants.Count;
        DatabaseFilesAtDescriptorsPeak = ProcessFacts.OpenFiles(f => f.StartsWith(_sites, StringComparison.Ordinal)).Count;
    }

    public ActiveTenantFigures Figures() => new(host.MaxActive, host.ActivePeak, ProcessFacts.OpenFileLimit(), DescriptorsPeak,
        ActiveAtDescriptorsPeak, DatabaseFilesAtDescriptorsPeak,
        ActiveAtDescriptorsPeak == 0 ? null : Math.Round((double)DatabaseFilesAtDescriptorsPeak / ActiveAtDescriptorsPeak, 2));
}
