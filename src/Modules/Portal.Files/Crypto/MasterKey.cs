using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Security;

namespace Portal.Files.Crypto;

/// <summary>
/// The key that wraps every tenant's data key: the file "Portal:MasterKeyFile" (default
/// App_Data/keys/master.key, made once, mode 0600; put it outside the data folder so no copy of that
/// folder carries it), or "Portal:MasterKey" (base64 of 32 bytes) from configuration. It is never in a
/// backup. Its id, a hash of the key, is recorded beside each wrapped data key. A rotation writes the
/// next key to "{file}.next" (new data keys are wrapped with it at once), re-wraps every data key, keeps
/// the old key as "{file}.{id}.retired" and moves the next key in; the ring knows every one of these
/// files and reads them again when it meets an id it does not know, so a server keeps reading while
/// another process rotates.
/// </summary>
public sealed class MasterKey
{
    private readonly string? _configured;
    private MasterKeyRing? _ring;

    public MasterKey(IOptions<PortalOptions> options, IConfiguration configuration)
    {
        _configured = configuration["Portal:MasterKey"] is { Length: > 0 } configured ? configured : null;
        FilePath = Path.GetFullPath(configuration["Portal:MasterKeyFile"] is { Length: > 0 } file
            ? file
            : Path.Combine(options.Value.DataFolder, "keys", "master.key"));
    }

    public string FilePath { get; }

    public string NextFilePath => FilePath + ".next";

    /// <summary>The id of the key that wraps new data keys (the next one while a rotation is under way).</summary>
    public string Id => Ring(reload: false).CurrentId;

    public bool Knows(string id) => Ring(reload: false).Keys.ContainsKey(id) || Ring(reload: true).Keys.ContainsKey(id);

    /// <summary>Wraps with the newest key on disk; returns the wrapped key and the id of the key used (bound into the context).</summary>
    public (byte[] Wrapped, string MasterKeyId) Wrap(ReadOnlySpan<byte> key, Func<string, string> context)
    {
        var ring = Ring(reload: true);
        return (KeyWrap.Wrap(ring.Keys[ring.CurrentId], key, context(ring.CurrentId)), ring.CurrentId);
    }

    /// <summary>The key, or null when no known master key has that id, or the bytes or the context are not the ones wrapped.</summary>
    public byte[]? Unwrap(string masterKeyId, byte[] wrapped, string context)
    {
        var ring = Ring(reload: false);
        if (!ring.Keys.ContainsKey(masterKeyId))
            ring = Ring(reload: true);
        return ring.Keys.TryGetValue(masterKeyId, out var key) ? KeyWrap.Unwrap(key, wrapped, context) : null;
    }

    /// <summary>Starts a rotation (or finds the one an interrupted run started): the next key's id.</summary>
    public string BeginRotation()
    {
        if (_configured is not null)
            throw new RequestRefusedException("Khóa chủ đang lấy từ cấu hình (Portal:MasterKey): hãy dùng tệp khóa (Portal:MasterKeyFile) để đổi khóa chủ.");
        SecretKeyFile.LoadOrCreate(NextFilePath);
        return Ring(reload: true).CurrentId;
    }

    /// <summary>Ends a rotation once every data key is wrapped by the next key: the old key is kept aside, the next one becomes the key.</summary>
    public void CompleteRotation()
    {
        var old = SecretKeyFile.LoadOrCreate(FilePath);
        PrivateFile.Write($"{FilePath}.{IdOf(old)}.retired", System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(old)));
        File.Move(NextFilePath, FilePath, overwrite: true);
        Ring(reload: true);
    }

    public static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData([.. "portal-master-key:"u8, .. key]))[..16];

    private MasterKeyRing Ring(bool reload)
    {
        if (!reload && Volatile.Read(ref _ring) is { } ring)
            return ring;
        var loaded = _configured is not null ? MasterKeyRing.Configured(_configured) : MasterKeyRing.Load(FilePath, NextFilePath);
        Volatile.Write(ref _ring, loaded);
        return loaded;
    }
}
