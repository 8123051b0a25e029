using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>The facets: index field, name in the query string, Vietnamese title.</summary>
internal static class FacetNames
{
    public static readonly IReadOnlyList<(string Field, string Name, string Title)> All =
    [
        (IndexFields.FacetYear, "year", "Năm"),
        (IndexFields.FacetType, "documentType", "Loại văn bản"),
        (IndexFields.FacetSender, "agency", "Cơ quan gửi"),
        (IndexFields.FacetLevel, "level", "Độ mật"),
        (IndexFields.FacetUrgency, "urgency", "Độ khẩn"),
        (IndexFields.FacetState, "state", "Trạng thái"),
    ];
}
