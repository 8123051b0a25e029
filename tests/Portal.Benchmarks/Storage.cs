namespace Portal.Benchmarks;

/// <summary>Where a scenario's data lives: durable commits cost what the file system's fsync costs.</summary>
public static class Storage
{
    /// <summary>"ext4 on /dev/vda (mounted at /)" from /proc/mounts (longest matching mount point), or "unknown".</summary>
    public static string Describe(string folder)
    {
        if (!File.Exists("/proc/mounts"))
            return "unknown";
        var full = Path.GetFullPath(folder);
        var best = File.ReadLines("/proc/mounts").Select(line => line.Split(' '))
            .Where(p => p.Length >= 3 && (full == p[1] || full.StartsWith(p[1].TrimEnd('/') + "/", StringComparison.Ordinal)))
            .MaxBy(p => p[1].Length);
        return best is null ? "unknown" : $"{best[2]} on {best[0]} (mounted at {best[1]})";
    }

    /// <summary>The data folder a scenario's server runs on: --data when given (made by the benchmark, emptied first), else a temporary one.</summary>
    public static string? ScenarioFolder(BenchOptions options)
    {
        if (options.Data is null)
            return null;
        BenchFolder.Prepare(options.Data, reuse: false);
        return options.Data;
    }
}
