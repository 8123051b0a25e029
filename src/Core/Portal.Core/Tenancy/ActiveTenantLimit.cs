using Microsoft.Extensions.Options;
using Portal.Core.Diagnostics;

namespace Portal.Core.Tenancy;

/// <summary>
/// How many tenants may be active at once: <c>Portal:MaxActiveTenants</c>, or else what the open-file limit allows. An
/// active SQLite tenant holds its database, WAL and shared-memory files per pooled connection (about 5 on average, 8 at
/// most, measured in the exchange benchmark); the reserve keeps room for sockets, the host database, logs, indexes and
/// Chromium. Without a known limit (not Linux, or unlimited) there is no cap.
/// </summary>
public sealed class ActiveTenantLimit(IOptions<PortalOptions> options)
{
    public const int FilesPerTenant = 8;
    public const int Reserve = 2000;
    public const int Minimum = 16;

    public int Value { get; } = options.Value.MaxActiveTenants is { } configured and > 0
        ? configured
        : FromOpenFileLimit(ProcessFacts.OpenFileLimit());

    public static int FromOpenFileLimit(long? openFiles) => openFiles is { } files
        ? (int)Math.Clamp((files - Math.Min(Reserve, files / 2)) / FilesPerTenant, Minimum, int.MaxValue)
        : int.MaxValue;
}
