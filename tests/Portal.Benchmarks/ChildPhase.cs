using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Portal.Benchmarks;

/// <summary>Runs one phase in a fresh process (this program again), its output shown live, its result read back as JSON.</summary>
public static class ChildPhase
{
    public static async Task<T> RunAsync<T>(IReadOnlyList<string> arguments, string output)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        // Under `dotnet Portal.Benchmarks.dll` the process is dotnet itself: name the assembly again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        File.Delete(output);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the phase process.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(output))
            throw new InvalidOperationException($"Phase '{arguments[1]}' failed (exit code {process.ExitCode}).");
        var result = JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(output), ResultsFile.Json)!;
        File.Delete(output);
        return result;
    }
}
