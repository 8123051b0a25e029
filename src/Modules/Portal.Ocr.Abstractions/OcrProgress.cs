namespace Portal.Ocr;

/// <summary>Page <see cref="Page"/> of <see cref="Pages"/> is being read.</summary>
public readonly record struct OcrProgress(int Page, int Pages);
