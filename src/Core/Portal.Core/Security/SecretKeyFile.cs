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
        {
            var existing = Convert.FromHexString(File.ReadAllText(path).Trim());
            if (existing.Length != KeyBytes)
                throw new InvalidOperationException($"The key in {path} is not {KeyBytes} bytes.");
            return existing;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        PrivateFile.Write(path, Encoding.ASCII.GetBytes(Convert.ToHexString(key)));
        return key;
    }
}
