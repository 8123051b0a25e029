namespace Portal.Exchange.Edxml;

/// <summary>
/// The names of Portal's edXML package (docs/edxml.md): the QCVN 102:2016 namespace of the header and body, Portal's
/// own namespace for what edXML has no field for (the classification), and the code tables both ends map.
/// </summary>
internal static class EdxmlFormat
{
    public const string Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public const string PortalNamespace = "urn:portal:edxml:1";
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>The classification attribute's values by Portal's level (1 Mật, 2 Tối mật, 3 Tuyệt mật).</summary>
    public static string Classification(int level) => level switch
    {
        2 => "TOI_MAT",
        3 => "TUYET_MAT",
        _ => "MAT",
    };

    public static int? Level(string? classification) => classification switch
    {
        "MAT" => 1,
        "TOI_MAT" => 2,
        "TUYET_MAT" => 3,
        _ => null,
    };

    /// <summary>OtherInfo/Priority: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc; from and to the urgency mark in words.</summary>
    public static int Priority(string urgency) => urgency switch
    {
        "Khẩn" => 1,
        "Thượng khẩn" => 2,
        "Hỏa tốc" => 3,
        _ => 0,
    };

    public static string? Urgency(string? priority) => priority switch
    {
        "0" => "",
        "1" => "Khẩn",
        "2" => "Thượng khẩn",
        "3" or "4" => "Hỏa tốc",
        _ => null,
    };
}
