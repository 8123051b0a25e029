namespace Portal.Ocr;

public static class OcrFeature
{
    public const string Id = "Portal.Ocr";
}
