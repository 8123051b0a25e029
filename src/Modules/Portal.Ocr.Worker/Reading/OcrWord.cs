namespace Portal.Ocr.Worker.Reading;

/// <summary>A recognised word, its box, its confidence in [0, 1] and the line tesseract put it on.</summary>
internal sealed record OcrWord(string Text, Box Box, double Confidence, int Line);
