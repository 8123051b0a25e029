namespace Portal.Ocr;

/// <summary>A file that could not be read: the message is Vietnamese, for the clerk, and never carries a stack trace.</summary>
public sealed class OcrFailedException(string message) : Exception(message);
