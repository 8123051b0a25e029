namespace Portal.Rendering;

public enum TableFormat
{
    Xlsx = 1,
    Csv = 2,
    Pdf = 3,
    Docx = 4,
}
