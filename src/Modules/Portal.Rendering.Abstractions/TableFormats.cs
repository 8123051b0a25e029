namespace Portal.Rendering;

/// <summary>What a caller needs to send an export as a download.</summary>
public static class TableFormats
{
    public static string ContentType(this TableFormat format) => format switch
    {
        TableFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        TableFormat.Csv => "text/csv; charset=utf-8",
        TableFormat.Pdf => "application/pdf",
        TableFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string FileExtension(this TableFormat format) => format switch
    {
        TableFormat.Xlsx => ".xlsx",
        TableFormat.Csv => ".csv",
        TableFormat.Pdf => ".pdf",
        TableFormat.Docx => ".docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
