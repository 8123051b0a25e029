namespace Portal.Core.Diagnostics;

/// <summary>What the operating system says about this process: resident memory and the database files it holds open.</summary>
public static class ProcessFacts
{
    public static long ResidentBytes()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
            return Environment.WorkingSet;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kb, out var value) ? value * 1024 : Environment.WorkingSet;
    }

    /// <summary>Paths of the files open in this process (Linux: /proc/self/fd), filtered.</summary>
    public static IReadOnlyList<string> OpenFiles(Func<string, bool> filter)
    {
        const string fds = "/proc/self/fd";
        if (!Directory.Exists(fds))
            return [];
        var result = new List<string>();
        foreach (var fd in Directory.EnumerateFileSystemEntries(fds))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && filter(target))
                    result.Add(target);
            }
            catch (IOException)
            {
                // The descriptor closed while we looked.
            }
        }
        return result;
    }
}
