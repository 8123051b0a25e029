namespace Portal.Files.Crypto;

/// <summary>A version of the tenant's data key, unwrapped; it wraps the keys of the files stored under it.</summary>
internal sealed record DataKey(int Version, byte[] Key)
{
    public static string FileKeyContext(Guid fileId, int version) => $"portal-file-key:{fileId:N}:v{version}";

    public static string SealedFileKeyContext(Guid fileId, Guid erasureKeyId) => $"portal-file-key:{fileId:N}:e{erasureKeyId:N}";

    public static string Context(int version, string masterKeyId) => $"portal-tenant-key:v{version}:{masterKeyId}";
}
