namespace Portal.Ocr.Services;

/// <summary>The worker's last "page k of n", reported on its thread and read by the lease's heartbeat.</summary>
internal sealed class OcrLatestProgress : IProgress<OcrProgress>
{
    private readonly Lock _gate = new();
    private (int Page, int Pages) _value;

    public (int Page, int Pages) Value
    {
        get { lock (_gate) return _value; }
    }

    public void Report(OcrProgress value)
    {
        lock (_gate)
            _value = (value.Page, value.Pages);
    }
}
