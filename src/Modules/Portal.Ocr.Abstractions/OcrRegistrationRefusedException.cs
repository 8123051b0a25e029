namespace Portal.Ocr;

/// <summary>A registration from an OCR job that cannot be made; the message is Vietnamese, for the clerk.</summary>
public sealed class OcrRegistrationRefusedException(string message) : Exception(message);
