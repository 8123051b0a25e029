namespace Portal.Ocr;

/// <summary>The tenant-relative addresses of the OCR pages, for the modules that link to them.</summary>
public static class OcrRoutes
{
    public const string Upload = "/ocr/new";

    public static string Job(Guid jobId) => $"/ocr/jobs/{jobId}";

    /// <summary>Page <paramref name="page"/> (from 1) of the job's scan, as an image.</summary>
    public static string Page(Guid jobId, int page) => $"/ocr/jobs/{jobId}/pages/{page}";

    /// <summary>The incoming registration form pre-filled from a finished job.</summary>
    public static string IncomingForm(Guid jobId) => $"/incoming/new?ocr={jobId}";
}
