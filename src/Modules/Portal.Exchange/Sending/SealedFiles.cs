using Portal.Core.Storage;
using Portal.Core.Tenancy;

namespace Portal.Exchange.Sending;

/// <summary>
/// Sealed contents on disk under the tenant's folder: what this agency sent (sealed once for all its
/// recipients) and what it received (still sealed, its key wrapped for this agency). Written through a
/// temporary name and renamed, so a crash never leaves half a file under a final name.
/// </summary>
internal static class SealedFiles
{
    public static string Sent(TenantContext tenant, Guid contentId) => Path.Combine(Folder(tenant, "sent"), $"{contentId:N}.bin");

    public static string Received(TenantContext tenant, string senderCode, Guid envelopeId) =>
        Path.Combine(Folder(tenant, "received"), $"{senderCode}-{envelopeId:N}.bin");

    public static string Temporary(TenantContext tenant) => Path.Combine(Folder(tenant, "tmp"), $"{Guid.NewGuid():N}.tmp");

    public static void Commit(string temporary, string final)
    {
        File.Move(temporary, final, overwrite: true);
        DurableDirectory.Flush(Path.GetDirectoryName(final)!);
    }

    private static string Folder(TenantContext tenant, string part)
    {
        var folder = Path.Combine(tenant.DataFolder, "exchange", part);
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
