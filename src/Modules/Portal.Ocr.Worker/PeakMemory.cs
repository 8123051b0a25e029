using System.Globalization;

namespace Portal.Ocr.Worker;

/// <summary>This process's peak resident memory (VmHWM in /proc/self/status), native pixels included.</summary>
internal static class PeakMemory
{
    public static long Read()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return kilobytes != null ? long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024 : 0;
    }
}
