namespace Portal.Ocr;

public enum OcrJobState
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}
