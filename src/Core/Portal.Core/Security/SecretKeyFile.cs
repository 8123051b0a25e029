using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Security;

/// <summary>
/// A 32-byte key kept in a file outside every tenant's store (hex, readable by the service account
/// only), made once on first use: the audit MAC key and the vault's master key live this way.
/// </summary>
public static class SecretKeyFile
{
    public const int KeyBytes = 32;

    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return Load(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        // Written under a name of its own, then moved without overwriting: when two threads or processes make
        // the first key at once, one key wins and both use it (an overwritten key would orphan what it wrapped).
        var mine = $"{path}.{Guid.NewGuid():N}.new";
        PrivateFile.Write(mine, Encoding.ASCII.GetBytes(Convert.ToHexString(key)));
        try
        {
            File.Move(mine, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(mine);
            return Load(path);
        }
    }

    private static byte[] Load(string path)
    {
        var existing = Convert.FromHexString(File.ReadAllText(path).Trim());
        return existing.Length == KeyBytes ? existing : throw new InvalidOperationException($"The key in {path} is not {KeyBytes} bytes.");
    }
}
