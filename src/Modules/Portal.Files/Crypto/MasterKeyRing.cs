using Portal.Core.Security;

namespace Portal.Files.Crypto;

/// <summary>The master keys one installation knows, by id, and the one that wraps new data keys.</summary>
internal sealed record MasterKeyRing(string CurrentId, IReadOnlyDictionary<string, byte[]> Keys)
{
    public static MasterKeyRing Configured(string base64)
    {
        var key = new byte[SecretKeyFile.KeyBytes];
        if (!Convert.TryFromBase64String(base64.Trim(), key, out var written) || written != key.Length)
            throw new InvalidOperationException("Portal:MasterKey must be the base64 form of exactly 32 bytes.");
        return new MasterKeyRing(MasterKey.IdOf(key), new Dictionary<string, byte[]> { [MasterKey.IdOf(key)] = key });
    }

    /// <summary>The key file (made on first use), the next key while a rotation is under way, and the retired keys beside them.</summary>
    public static MasterKeyRing Load(string file, string next)
    {
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var current = Add(keys, SecretKeyFile.LoadOrCreate(file));
        if (File.Exists(next))
            current = Add(keys, SecretKeyFile.LoadOrCreate(next));
        foreach (var retired in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".*.retired"))
            Add(keys, SecretKeyFile.LoadOrCreate(retired));
        return new MasterKeyRing(current, keys);
    }

    private static string Add(Dictionary<string, byte[]> keys, byte[] key)
    {
        var id = MasterKey.IdOf(key);
        keys[id] = key;
        return id;
    }
}
