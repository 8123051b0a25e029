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

    public async Task AdvanceAsync(string tenant, AuditHead head)
    {
        var gate = Locks.GetOrAdd(PathOf(tenant), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            if (Read(tenant) is { } current && current.Position >= head.Position)
                return;
            Directory.CreateDirectory(Folder);
            PrivateFile.Write(PathOf(tenant), Encoding.ASCII.GetBytes(
                head.Position.ToString(CultureInfo.InvariantCulture) + " " + head.Mac));
        }
        finally
        {
            gate.Release();
        }
    }

    public void Forget(string tenant) => File.Delete(PathOf(tenant));

    private string Folder => Path.Combine(options.Value.DataFolder, "audit");

    private string PathOf(string tenant) => Path.Combine(Folder, tenant + ".head");
}
