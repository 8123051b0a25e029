using System.IO.Compression;
using System.Text;
using Portal.Files.Crypto;

namespace Portal.Testing;

/// <summary>
/// Looks for a text (as UTF-8, lower-cased UTF-8 as the index keeps its terms, and UTF-16) in every file under a folder,
/// read whole as it lies on disk (a database with its free pages and its log, index segments, blobs), and inside each
/// part of a zip (a backup), decompressed.
/// </summary>
public static class DataScan
{
    /// <summary>
    /// Where a destroyed document's text or file bytes still lie: the whole data folder and the master key's folder, but for
    /// the database snapshot of a backup taken before, which keeps the text by design (docs/architecture.md: erasure keys).
    /// </summary>
    public static List<string> Remains(PortalTestServer server, string backupTakenBefore, string text, string fileText) =>
    [
        .. Holding(server.DataFolder, text).Where(f => !f.StartsWith(backupTakenBefore + "!database", StringComparison.Ordinal)),
        .. Holding(server.DataFolder, fileText),
        .. Holding(Path.GetDirectoryName(server.Get<MasterKey>().FilePath)!, fileText),
    ];

    public static List<string> Holding(string folder, string text)
    {
        var forms = new[] { text, text.ToLowerInvariant() }.SelectMany(t => new[] { Encoding.UTF8.GetBytes(t), Encoding.Unicode.GetBytes(t) }).ToList();
        var found = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }
            catch (FileNotFoundException)
            {
                continue;
            }
            if (Contains(bytes, forms))
                found.Add(path);
            if (path.EndsWith(".zip", StringComparison.Ordinal))
                found.AddRange(InZip(bytes, forms).Select(part => $"{path}!{part}"));
        }
        return found;
    }

    private static IEnumerable<string> InZip(byte[] zip, List<byte[]> forms)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            using var part = entry.Open();
            using var copy = new MemoryStream();
            part.CopyTo(copy);
            if (Contains(copy.ToArray(), forms))
                yield return entry.FullName;
        }
    }

    private static bool Contains(byte[] bytes, List<byte[]> forms) => forms.Any(form => bytes.AsSpan().IndexOf(form) >= 0);
}
