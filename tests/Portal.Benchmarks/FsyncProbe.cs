using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>The floor under any durable commit: writing 100 bytes to a file and fsyncing it, in the data folder.</summary>
public static class FsyncProbe
{
    public static Distribution Measure(string folder, TimeSpan duration)
    {
        var path = Path.Combine(folder, "fsync-probe.tmp");
        var content = new byte[100];
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed < duration)
        {
            var clock = Stopwatch.StartNew();
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        File.Delete(path);
        return Distribution.Of(times);
    }
}
