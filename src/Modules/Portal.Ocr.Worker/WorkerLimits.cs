namespace Portal.Ocr.Worker;

/// <summary>What one job may cost; the parent passes them as options, these are the defaults.</summary>
internal sealed record WorkerLimits(long MaxBytes, long MaxPixels, int MaxSide, int MaxPages)
{
    public static WorkerLimits Default { get; } = new(MaxBytes: 100L << 20, MaxPixels: 60_000_000, MaxSide: 20_000, MaxPages: 100);
}
