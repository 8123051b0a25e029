namespace Portal.Templates;

/// <summary>The document types that have a template.</summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyList<DocumentType> All =
    [
        new("cong-van", "Công văn", null),
        new("quyet-dinh", "Quyết định", "QĐ"),
        new("to-trinh", "Tờ trình", "TTr"),
        new("bao-cao", "Báo cáo", "BC"),
        new("ke-hoach", "Kế hoạch", "KH"),
        new("thong-bao", "Thông báo", "TB"),
        new("giay-moi", "Giấy mời", "GM"),
    ];

    public static DocumentType? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
