namespace Portal.Benchmarks;

/// <summary>The benchmark's data folder: wiped before a fresh run, but only when the benchmark made it.</summary>
public static class BenchFolder
{
    private const string Marker = ".portal-bench";

    public static void Prepare(string folder, bool reuse)
    {
        var marker = Path.Combine(folder, Marker);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(marker))
                throw new InvalidOperationException($"{folder} holds data the benchmark did not make; choose another --data folder.");
            if (!reuse)
                Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(marker, "Data folder of ./portal bench; safe to delete.\n");
    }

    /// <summary>Bytes of the tenants' folders (databases and their journals).</summary>
    public static long SitesBytes(string folder)
    {
        var sites = Path.Combine(folder, "Sites");
        return Directory.Exists(sites)
            ? new DirectoryInfo(sites).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;
    }
}
