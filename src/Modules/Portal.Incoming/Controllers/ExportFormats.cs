using Portal.Rendering;

namespace Portal.Incoming.Controllers;

/// <summary>The export formats a list or a register offers, by the code in its address.</summary>
internal static class ExportFormats
{
    public static TableFormat? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "xlsx" => TableFormat.Xlsx,
        "csv" => TableFormat.Csv,
        _ => null,
    };

    public const string Refused = "Định dạng xuất phải là xlsx hoặc csv.";
}
