using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>Độ khẩn in the field's words, and its code in forms and the API.</summary>
public static class UrgencyText
{
    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Khan => "Khẩn",
        Urgency.ThuongKhan => "Thượng khẩn",
        Urgency.HoaToc => "Hỏa tốc",
        _ => "",
    };

    public static string Code(Urgency urgency) => urgency switch
    {
        Urgency.Khan => "khan",
        Urgency.ThuongKhan => "thuong-khan",
        Urgency.HoaToc => "hoa-toc",
        _ => "",
    };

    /// <summary>An empty code is "not urgent"; null means an unknown code.</summary>
    public static Urgency? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        null or "" or "thuong" => Urgency.None,
        "khan" => Urgency.Khan,
        "thuong-khan" => Urgency.ThuongKhan,
        "hoa-toc" => Urgency.HoaToc,
        _ => null,
    };
}
