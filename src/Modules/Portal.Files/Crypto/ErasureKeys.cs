using Portal.Core.Security;
using Portal.Files.Storage;

namespace Portal.Files.Crypto;

/// <summary>
/// The live store of erasure keys: one key file per secret document (named by a random id the register keeps), beside the
/// master key and, like it, never in a backup. A sealed file's key is wrapped by its document's erasure key instead of the
/// tenant's data key, so erasing that one small file leaves every copy of the file's row and blob, backups included,
/// without a key (crypto-shredding).
/// </summary>
public sealed class ErasureKeys(MasterKey master)
{
    private string Folder => Path.Combine(Path.GetDirectoryName(master.FilePath)!, "erasure");

    public byte[] LoadOrCreate(Guid id) => SecretKeyFile.LoadOrCreate(PathOf(id));

    /// <summary>The key, or null once it was erased (or never made here).</summary>
    public byte[]? Find(Guid id) => File.Exists(PathOf(id)) ? SecretKeyFile.LoadOrCreate(PathOf(id)) : null;

    public void Erase(Guid id) => DurableFile.Overwrite(PathOf(id));

    private string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N") + ".key");
}
