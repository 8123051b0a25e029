using System.Net;
using System.Net.Sockets;

namespace Portal.Testing;

/// <summary>
/// A loopback port below the kernel's ephemeral range, free when handed out. A port the kernel picks (bind
/// to 0) comes from the ephemeral range, where any outgoing connection — a PostgreSQL client, a browser —
/// may take it as its own end while a killed server is down, and the restart on the same port then fails.
/// Ports below the range are never given to outgoing connections. PORTAL_TEST_PORTS ("low-high") narrows them to
/// one test pass's share when `./portal test` runs two passes at once.
/// </summary>
public static class StablePort
{
    private const int Lowest = 10_000;
    private static readonly HashSet<int> Handed = [];

    public static int Next()
    {
        var (lowest, below) = Range();
        lock (Handed)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(lowest, below);
                if (Handed.Contains(port) || !Free(port))
                    continue;
                Handed.Add(port);
                return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port between {lowest} and {below}.");
    }

    private static (int Lowest, int Below) Range()
    {
        var below = EphemeralLow();
        return Environment.GetEnvironmentVariable("PORTAL_TEST_PORTS")?.Split('-') is [var low, var high]
            && int.TryParse(low, out var from) && int.TryParse(high, out var to) && from >= Lowest && to < below && from < to
            ? (from, to + 1)
            : (Lowest, below);
    }

    private static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of /proc/sys/net/ipv4/ip_local_port_range (32768 on Debian when unreadable).</summary>
    private static int EphemeralLow()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var low = File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var first)
            ? first : 32768;
        return Math.Max(low, Lowest + 1000);
    }
}
