namespace Portal.Search.Services;

public static class SearchAuditActions
{
    public const string Searched = "search.query";
    public const string Exported = "search.exported";
    public const string Rebuilt = "search.rebuilt";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
        [(Searched, "Tra cứu văn bản"), (Exported, "Xuất danh sách kết quả tra cứu"), (Rebuilt, "Xây dựng lại chỉ mục tra cứu")];
}
