using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// One run's hold on a reorganisation, so the CLI and the server's worker never run the same one at once: claimed by a
/// conditional update (free, expired, or its holder's process gone from this machine — a killed run), renewed with each
/// batch, given up at the end. The holder names the machine, the process and the run.
/// </summary>
public sealed class RunnerLease(TimeSpan length)
{
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes the lease; null when taken, else who holds it, as the operator is told.</summary>
    public async Task<string?> ClaimAsync(ReorganisationDb db, Guid id, CancellationToken cancellationToken)
    {
        var now = StoredTime.UtcNow;
        var seen = await db.Reorganisations.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.LeaseHolder, r.LeaseUntilUtc }).SingleAsync(cancellationToken);
        var free = seen.LeaseHolder.Length == 0 || seen.LeaseHolder == Holder || Gone(seen.LeaseHolder);
        var until = now + length;
        var claimed = await db.Reorganisations.Where(r => r.Id == id && r.LeaseHolder == seen.LeaseHolder && (free || r.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseHolder, Holder).SetProperty(r => r.LeaseUntilUtc, until), cancellationToken);
        if (claimed == 1)
            return null;
        var parts = seen.LeaseHolder.Split('/');
        return $"máy {parts[0]}, tiến trình {parts.ElementAtOrDefault(1)}, giữ đến {seen.LeaseUntilUtc?.AddHours(7):HH:mm:ss dd/MM/yyyy}";
    }

    /// <summary>Extends the lease; false when another runner has taken it (this one's expired meanwhile).</summary>
    public async Task<bool> RenewAsync(ReorganisationDb db, Guid id, CancellationToken cancellationToken)
    {
        var until = StoredTime.UtcNow + length;
        return await db.Reorganisations.Where(r => r.Id == id && r.LeaseHolder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntilUtc, until), cancellationToken) == 1;
    }

    public Task ReleaseAsync(ReorganisationDb db, Guid id, CancellationToken cancellationToken) =>
        db.Reorganisations.Where(r => r.Id == id && r.LeaseHolder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseHolder, "").SetProperty(r => r.LeaseUntilUtc, (DateTime?)null), cancellationToken);

    /// <summary>A holder on this machine whose process has ended (killed mid-run) holds nothing any more.</summary>
    private static bool Gone(string holder)
    {
        var parts = holder.Split('/');
        if (parts.Length != 3 || parts[0] != Environment.MachineName
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
