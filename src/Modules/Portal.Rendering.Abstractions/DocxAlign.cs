namespace Portal.Rendering;

public enum DocxAlign
{
    Left,
    Center,
    Right,
    Justify,
}
