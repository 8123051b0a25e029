using Portal.Access;

namespace Portal.Search.Indexing;

/// <summary>Độ mật as the facets and the export show it.</summary>
internal static class LevelNames
{
    public static string Of(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Mat => "Mật",
        SecrecyLevel.ToiMat => "Tối mật",
        SecrecyLevel.Declassified => "Đã giải mật",
        _ => "Tuyệt mật",
    };
}
