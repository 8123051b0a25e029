namespace Portal.Ocr;

/// <summary>The OCR worker's limits (section "Portal:Ocr").</summary>
public sealed class OcrOptions
{
    /// <summary>The worker's program; empty means the native Portal.Ocr.Worker beside the host's own assemblies.</summary>
    public string WorkerPath { get; set; } = "";

    /// <summary>Workers reading at once: one per core, each single-threaded.</summary>
    public int MaxWorkers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The managed heap limit (DOTNET_GCHeapHardLimit).</summary>
    public long HeapLimitBytes { get; set; } = 256L << 20;

    /// <summary>RLIMIT_DATA for the worker and its children: every native allocation (pixels, tesseract) counts, the runtime's reserved address space does not.</summary>
    public long DataLimitBytes { get; set; } = 1536L << 20;

    /// <summary>Wall-clock limit for one file; the worker is killed past it.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMinutes(3);

    public long MaxFileBytes { get; set; } = 100L << 20;

    /// <summary>Pixels a page may declare (A4 at 600 dpi is 35 million).</summary>
    public long MaxPixels { get; set; } = 60_000_000;

    public int MaxPages { get; set; } = 100;

    /// <summary>How long a runner holds a job without renewing its lease; a job whose lease ran out (its process was killed) is taken again.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the runner looks for queued jobs and jobs whose lease ran out in every active tenant (a new job
    /// wakes it at once; this sweep finds what a killed server left, and what waited while every worker was busy).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Runs of one job before it is failed for good (a job that keeps losing its runner).</summary>
    public int MaxAttempts { get; set; } = 3;
}
