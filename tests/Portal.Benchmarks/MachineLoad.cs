namespace Portal.Benchmarks;

/// <summary>The 1-minute load average (from /proc/loadavg), to tell a quiet run from one that shared the cores.</summary>
public static class MachineLoad
{
    public static double OneMinute() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : -1;
}
