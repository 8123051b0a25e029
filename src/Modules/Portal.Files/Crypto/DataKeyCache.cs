using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.Files.Crypto;

/// <summary>The tenant's unwrapped data keys, kept on the active tenant and wiped when it is released.</summary>
internal sealed class DataKeyCache : IDisposable
{
    public ConcurrentDictionary<int, DataKey> Versions { get; } = new();

    public void Dispose()
    {
        foreach (var key in Versions.Values)
            CryptographicOperations.ZeroMemory(key.Key);
        Versions.Clear();
    }
}
