using System.IO.Compression;

namespace Portal.Core.Backup;

/// <summary>
/// A backup file: a zip of named parts (the manifest, the database's part, each module's part). Parts that
/// are already ciphertext (vault blobs) are stored as they are; nothing is decrypted to go in.
/// </summary>
public sealed class BackupArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);

    private BackupArchive(ZipArchive zip) => _zip = zip;

    public static BackupArchive Create(Stream target) => new(new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true));

    public static BackupArchive Open(Stream source) => new(new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: false));

    public Stream Add(string name, bool compress)
    {
        if (!_added.Add(name))
            throw new InvalidOperationException($"The backup already has a part named {name}.");
        return _zip.CreateEntry(name, compress ? CompressionLevel.Fastest : CompressionLevel.NoCompression).Open();
    }

    public async Task AddFileAsync(string name, string path, bool compress, CancellationToken cancellationToken)
    {
        await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        await using var target = Add(name, compress);
        await source.CopyToAsync(target, cancellationToken);
    }

    /// <summary>The part, or null when the backup has none of that name.</summary>
    public Stream? Read(string name) => _zip.GetEntry(name)?.Open();

    /// <summary>The names of the parts under a folder ("files/"), in the archive's order.</summary>
    public IEnumerable<string> Names(string folder) =>
        _zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith(folder, StringComparison.Ordinal));

    public void Dispose() => _zip.Dispose();
}
