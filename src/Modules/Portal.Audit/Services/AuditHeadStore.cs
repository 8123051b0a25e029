using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Security;

namespace Portal.Audit.Services;

/// <summary>
/// Keeps each tenant's chain head in App_Data/audit/{tenant}.head, outside the tenant's store, so
/// dropping the newest entries or replacing the whole chain is caught. It only moves forward.
/// </summary>
public sealed class AuditHeadStore(IOptions<PortalOptions> options)
{
    // Per file, for the whole process: more than one store may exist (the host's and a command's), and the head only moves forward.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    // The newest committed head each file has been asked to reach.
    private static readonly ConcurrentDictionary<string, AuditHead> Proposed = new(StringComparer.Ordinal);

    public AuditHead? Read(string tenant)
    {
        var path = PathOf(tenant);
        if (!File.Exists(path))
            return null;
        var parts = File.ReadAllText(path).Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? new AuditHead(position, parts[1])
            : new AuditHead(-1, "");
    }

    /// <summary>
    /// Returns once a head at or past <paramref name="head"/> is durable. Group commit: concurrent appends each
    /// propose their head, whoever holds the file's lock writes the newest proposed one, and an append whose head
    /// that write already covered returns without a write (an fsync) of its own.
    /// </summary>
    public async Task AdvanceAsync(string tenant, AuditHead head)
    {
        var path = PathOf(tenant);
        Proposed.AddOrUpdate(path, head, (_, known) => known.Position >= head.Position ? known : head);
        var gate = Locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            if (Read(tenant) is { } current && current.Position >= head.Position)
                return;
            var newest = Proposed.TryGetValue(path, out var proposed) && proposed.Position > head.Position ? proposed : head;
            Directory.CreateDirectory(Folder);
            PrivateFile.Write(path, Encoding.ASCII.GetBytes(
                newest.Position.ToString(CultureInfo.InvariantCulture) + " " + newest.Mac));
        }
        finally
        {
            gate.Release();
        }
    }

    public void Forget(string tenant)
    {
        Proposed.TryRemove(PathOf(tenant), out _);
        File.Delete(PathOf(tenant));
    }

    private string Folder => Path.Combine(options.Value.DataFolder, "audit");

    private string PathOf(string tenant) => Path.Combine(Folder, tenant + ".head");
}
