using System.Diagnostics;
using System.Net;

namespace Portal.Testing;

/// <summary>
/// The built Portal.Host run as a child process on loopback with its own data folder and database, as an
/// operator runs it: `serve` until killed (SIGKILL, no chance to clean up), or a CLI verb run to its end.
/// </summary>
public sealed class PortalHostProcess(string dataFolder, TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
{
    // Kept across a kill and the restart, so taken where no outgoing connection can take them meanwhile.
    private readonly int _httpPort = StablePort.Next();
    private readonly int _httpsPort = StablePort.Next();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();
    private Process? _server;

    public string DataFolder => dataFolder;
    public TestDatabase Database => database;
    public Uri BaseAddress => new($"http://127.0.0.1:{_httpPort}/");

    /// <summary>The running server's process id (its OCR runner's private folders carry it).</summary>
    public int ProcessId => _server?.Id ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>The host built next to these tests (same configuration), as `./portal` runs it.</summary>
    public static string HostAssembly
    {
        get
        {
            var bin = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            var configuration = bin.Parent!.Name;
            var root = bin;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
                root = root.Parent;
            var host = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the tests."),
                "src", "Host", "Portal.Host", "bin", configuration, "net10.0", "Portal.Host.dll");
            return File.Exists(host) ? host : throw new InvalidOperationException($"{host} is not built.");
        }
    }

    /// <summary>Starts `serve` and waits until /health answers.</summary>
    public async Task StartAsync()
    {
        if (_server is { HasExited: false })
            throw new InvalidOperationException("The server is already running.");
        _server = Start(["serve"], extra: null, drain: true);
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_server.HasExited)
                throw new InvalidOperationException($"The server exited with {_server.ExitCode} at start-up: {string.Join("\n", _errors)}\n{ServerErrors()}");
            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer.
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
                throw new TimeoutException("The server did not answer /health within 2 minutes.");
            await Task.Delay(100);
        }
    }

    /// <summary>The errors the server logged (each with the line after it), for a failure message.</summary>
    public string ServerErrors()
    {
        var folder = Path.Combine(dataFolder, "logs");
        if (!Directory.Exists(folder))
            return "";
        var lines = Directory.EnumerateFiles(folder).SelectMany(File.ReadLines).ToList();
        return string.Join("\n", lines.Select((l, i) => (l, i)).Where(x => x.l.Contains("[ERR]", StringComparison.Ordinal))
            .Take(5).Select(x => x.l + " " + lines.ElementAtOrDefault(x.i + 1) + " " + lines.ElementAtOrDefault(x.i + 2)));
    }

    /// <summary>SIGKILL: the process ends at once, in whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (_server is null)
            return;
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
        _server = null;
    }

    /// <summary>Runs a CLI verb against the same data folder and database; its exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? extra = null)
    {
        using var process = Start(arguments, extra, drain: false);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Starts a CLI verb and hands over the process, its output unread, e.g. to kill it half-way.</summary>
    public Process Begin(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? extra = null) => Start(arguments, extra, drain: false);

    private Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? extra, bool drain)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add(HostAssembly);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PORTAL_DATA"] = dataFolder;
        start.Environment["PORTAL_HTTP_URL"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["PORTAL_HTTPS_URL"] = $"https://127.0.0.1:{_httpsPort}";
        start.Environment["PORTAL_DATABASE"] = database.Provider;
        start.Environment["PORTAL_CONNECTION_STRING"] = database.ConnectionString ?? "";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Portal__SignInAttemptsPerMinute"] = "10000";
        foreach (var (key, value) in (settings ?? new Dictionary<string, string>()).Concat(extra ?? new Dictionary<string, string>()))
            start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Portal.Host.");
        if (drain)
        {
            // Nobody reads a server's output: drain it so a full pipe never blocks the server.
            _errors.Clear();
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is { } line && _errors.Count < 40)
                    _errors.Enqueue(line);
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        return process;
    }
}
