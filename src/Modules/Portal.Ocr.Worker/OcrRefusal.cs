namespace Portal.Ocr.Worker;

/// <summary>The job cannot go on; the message is Vietnamese and is what the clerk reads.</summary>
internal sealed class OcrRefusal(string message) : Exception(message);
