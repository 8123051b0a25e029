using Microsoft.EntityFrameworkCore;
using Portal.Files.Models;

namespace Portal.Files.Crypto;

/// <summary>
/// Saves re-wrapped file keys that another writer may be re-wrapping at the same moment: a data-key rotation
/// (run from the command line while the server serves) and the sealing of a secret document's files to its
/// erasure key. <see cref="VaultFile.WrappedKey"/> is the rows' concurrency token, so the later writer's update
/// matches no row instead of pairing its key with the other's key version or erasure key (a file nobody
/// could open); its changes are dropped and made again from the rows as they now are.
/// </summary>
internal static class KeyRewrapSave
{
    private const int Attempts = 5;

    /// <summary>Runs <paramref name="rewrap"/> (load rows, change their wrapping) and saves; again on a conflict. The rows saved.</summary>
    public static async Task<IReadOnlyList<VaultFile>> SaveAsync(FilesDb db, Func<Task<IReadOnlyList<VaultFile>>> rewrap, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var rows = await rewrap();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return rows;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // EF rolled the batch back to its savepoint; the tenant's transaction goes on and reads the winner's rows.
                db.ChangeTracker.Clear();
            }
        }
    }
}
