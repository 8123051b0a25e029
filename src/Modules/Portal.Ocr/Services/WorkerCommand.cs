using System.Diagnostics;
using System.Globalization;

namespace Portal.Ocr.Services;

/// <summary>
/// How the worker (a native executable) is started: under prlimit (RLIMIT_DATA, RLIMIT_CPU, no core file) — not RLIMIT_AS,
/// which the .NET runtime's address-space reservations cannot live with — with a hard heap limit, one
/// OpenMP thread, and its temporary files in the job's private folder.
/// </summary>
internal static class WorkerCommand
{
    public static ProcessStartInfo Build(OcrOptions options, string workerPath, string file, string? name, string jobFolder, bool preprocess)
    {
        var start = new ProcessStartInfo("prlimit")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = jobFolder,
        };
        var cpuSeconds = (long)Math.Ceiling(options.TimeLimit.TotalSeconds) + 5;
        string[] args =
        [
            $"--data={options.DataLimitBytes}", $"--cpu={cpuSeconds}", "--core=0", "--",
            workerPath, file,
            "--max-pixels", options.MaxPixels.ToString(CultureInfo.InvariantCulture),
            "--max-pages", options.MaxPages.ToString(CultureInfo.InvariantCulture),
            "--max-bytes", options.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        if (name != null)
        {
            start.ArgumentList.Add("--name");
            start.ArgumentList.Add(name);
        }
        if (!preprocess)
            start.ArgumentList.Add("--raw");
        // Hexadecimal without "0x": the native worker's runtime ignores the variable written with it.
        start.Environment["DOTNET_GCHeapHardLimit"] = options.HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        start.Environment["TMPDIR"] = jobFolder;
        return start;
    }
}
