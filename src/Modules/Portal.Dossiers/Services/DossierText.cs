using Portal.Access;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>The Vietnamese words a dossier's page, prints and audit entries show for its codes.</summary>
public static class DossierText
{
    public static string Retention(int years) => years == 0 ? "Vĩnh viễn" : $"{years} năm";

    public static string Mark(SecrecyLevel level) => ClassificationMark.Of(level);

    public static string Status(DossierStatus status) => status switch
    {
        DossierStatus.Open => "Đang lập",
        DossierStatus.Closed => "Đã kết thúc, chờ nộp lưu",
        _ => "Đã nộp lưu",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "";
}
