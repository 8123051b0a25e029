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

    /// <summary>
    /// The soft limit on open files (Linux: /proc/self/limits), null when unknown or unlimited. .NET raises the soft limit
    /// to the hard one when it starts, so this is the hard limit the service was given (systemd LimitNOFILE, ulimit -Hn).
    /// </summary>
    public static long? OpenFileLimit()
    {
        const string path = "/proc/self/limits";
        if (!File.Exists(path))
            return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return long.TryParse(soft, out var value) ? value : null;
    }

    /// <summary>How many descriptors the process holds open (Linux: /proc/self/fd), files and sockets alike.</summary>
    public static int OpenDescriptors() =>
        Directory.Exists("/proc/self/fd") ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Count() : 0;

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
