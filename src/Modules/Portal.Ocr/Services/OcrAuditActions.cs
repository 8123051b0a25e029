namespace Portal.Ocr.Services;

public static class OcrAuditActions
{
    public const string JobCreated = "ocr.job-created";
    public const string Registered = "ocr.registered";
    public const string Target = "ocr-job";
}
