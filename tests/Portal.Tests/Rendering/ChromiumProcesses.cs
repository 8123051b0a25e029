namespace Portal.Tests.Rendering;

/// <summary>
/// The Chromium browser processes this test process started (through Playwright's driver), found in
/// /proc by parentage, so a test never touches a browser of anyone else on the machine.
/// </summary>
public static class ChromiumProcesses
{
    public static IReadOnlySet<int> Browsers()
    {
        var parents = new Dictionary<int, (int Parent, string Name)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                parents[pid] = (int.Parse(stat[(close + 2)..].Split(' ')[1]), name);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        return parents.Where(p => IsChromium(p.Value.Name) && !IsChromium(parents.GetValueOrDefault(p.Value.Parent).Name)
                && DescendsFromUs(p.Key, parents))
            .Select(p => p.Key).ToHashSet();
    }

    private static bool IsChromium(string? name) => name?.StartsWith("chromium", StringComparison.Ordinal) == true;

    private static bool DescendsFromUs(int pid, Dictionary<int, (int Parent, string Name)> parents)
    {
        for (var p = pid; parents.TryGetValue(p, out var entry) && p > 1; p = entry.Parent)
        {
            if (entry.Parent == Environment.ProcessId)
                return true;
        }
        return false;
    }
}
