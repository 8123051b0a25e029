namespace Portal.Benchmarks.Exchange;

/// <summary>What <see cref="ActiveTenantPeaks"/> saw: the cap and the peaks of active tenants and open descriptors.</summary>
public sealed record ActiveTenantFigures(
    int MaxActive,
    int ActivePeak,
    long? OpenFileLimit,
    int DescriptorsPeak,
    int ActiveAtDescriptorsPeak,
    int DatabaseFilesAtDescriptorsPeak,
    double? DatabaseFilesPerActiveTenant);
