using Portal.Core.Tenancy;

namespace Portal.Files.Storage;

/// <summary>
/// Where a tenant's blobs live: Sites/{tenant}/files/{first two hex digits}/{id}.blob, named from the
/// file id only (never the user's name); uploads in progress are files/tmp/{id}.part.
/// </summary>
internal sealed record VaultPaths(string Root)
{
    public const string BlobExtension = ".blob";
    public const string TemporaryExtension = ".part";

    public static VaultPaths For(TenantContext tenant) => new(Path.Combine(tenant.DataFolder, "files"));

    public string TemporaryFolder => Path.Combine(Root, "tmp");

    public string Temporary(Guid id) => Path.Combine(TemporaryFolder, id.ToString("N") + TemporaryExtension);

    public string Blob(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(Root, name[..2], name + BlobExtension);
    }

    /// <summary>The file id a blob's name stands for; null for anything else in the folder.</summary>
    public static Guid? IdOf(string blobPath) =>
        Path.GetExtension(blobPath) == BlobExtension && Guid.TryParseExact(Path.GetFileNameWithoutExtension(blobPath), "N", out var id)
            ? id
            : null;
}
