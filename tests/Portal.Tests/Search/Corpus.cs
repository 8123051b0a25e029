namespace Portal.Tests.Search;

/// <summary>
/// Vietnamese documents chosen so that marks matter: "bảo"/"bão", "mật"/"mặt"/"mất"/"mát", "ban"/"bản"/"bàn",
/// "Đô Lương", numbers such as 11863/VPCP-KSTT. One row a document, its fields in the order of
/// <see cref="CorpusDocument"/> separated by " | " (level "mat" and no urgency when left out).
/// </summary>
public static class Corpus
{
    private const string Table = """
        11863/VPCP-KSTT | Công văn | Văn phòng Chính phủ | 2025-03-12 | V/v bảo mật thông tin trong kiểm soát thủ tục hành chính | Yêu cầu các cơ quan bảo đảm an toàn dữ liệu.
        245/UBND-NC | Công văn | Ủy ban nhân dân tỉnh Nghệ An | 2024-07-01 | V/v rà soát danh mục bí mật nhà nước năm 2024 | Đề nghị các sở rà soát danh mục thuộc lĩnh vực quản lý.
        15/BC-CA | Báo cáo | Công an tỉnh Nghệ An | 2025-01-20 | Báo cáo tình hình an ninh trật tự dịp Tết Nguyên đán | Tình hình an ninh chính trị ổn định. | toi-mat | khan
        88/QĐ-BQP | Quyết định | Bộ Quốc phòng | 2023-11-05 | Quyết định phê duyệt kế hoạch diễn tập khu vực phòng thủ | Diễn tập khu vực phòng thủ tỉnh. | toi-mat
        301/KH-SNV | Kế hoạch | Sở Nội vụ tỉnh Nghệ An | 2025-02-14 | Kế hoạch bảo vệ bí mật nhà nước năm 2025 | Tập huấn cho cán bộ làm công tác văn thư.
        12/TB-VPCP | Thông báo | Văn phòng Chính phủ | 2024-12-30 | Thông báo kết luận của Thủ tướng về công tác đấu thầu | Kết luận cuộc họp về mặt bằng thi công.
        77/CV-STC | Công văn | Sở Tài chính tỉnh Nghệ An | 2024-05-10 | V/v xử lý tài sản bị mất trong kho lưu trữ | Lập hội đồng kiểm kê.
        19/BC-STTTT | Báo cáo | Sở Thông tin và Truyền thông | 2025-04-02 | Báo cáo sự cố về an toàn thông tin | Sự cố mã độc tấn công máy chủ thư điện tử. | mat | thuong-khan
        5/CĐ-TTg | Công điện | Thủ tướng Chính phủ | 2025-03-01 | Công điện về ứng phó bão số 3 | Chủ động ứng phó với bão, mưa lũ; sơ tán người dân. | mat | hoa-toc
        33/QĐ-UBND | Quyết định | Ủy ban nhân dân tỉnh Nghệ An | 2023-06-20 | Quyết định thành lập Ban chỉ đạo chuyển đổi số | Trưởng ban là Chủ tịch tỉnh.
        58/TTr-SKHĐT | Tờ trình | Sở Kế hoạch và Đầu tư tỉnh Nghệ An | 2024-10-08 | Tờ trình phê duyệt chủ trương đầu tư dự án đường ven biển | Tổng mức đầu tư dự kiến.
        210/CAT-PA03 | Công văn | Công an tỉnh Nghệ An | 2025-06-18 | V/v phòng ngừa lộ, mất bí mật nhà nước trên không gian mạng | Không soạn thảo tài liệu mật trên máy tính nối mạng.
        3/BB-SNV | Biên bản | Sở Nội vụ tỉnh Nghệ An | 2025-07-22 | Biên bản kiểm tra công tác văn thư tại huyện Đô Lương | Đoàn kiểm tra làm việc với Văn phòng huyện.
        120/STP-VP | Công văn | Sở Tư pháp tỉnh Nghệ An | 2024-11-11 | V/v mặt trận tổ quốc tham gia giám sát | Phối hợp giám sát.
        64/KH-SNN | Kế hoạch | Sở Nông nghiệp tỉnh Nghệ An | 2025-05-05 | Kế hoạch làm mát chuồng trại mùa nắng nóng | Hướng dẫn chăn nuôi.
        8/KH-VP | Kế hoạch | Văn phòng Ủy ban nhân dân tỉnh | 2024-03-03 | Kế hoạch kiểm kê bàn giao tài sản | Bàn giao trước ngày 30.
        9/QĐ-VP | Quyết định | Văn phòng Ủy ban nhân dân tỉnh | 2024-03-04 | Quyết định ban hành bản đồ quy hoạch | Bản đồ tỷ lệ 1/2000.
        71/CV-BAN | Công văn | Ban Dân tộc tỉnh Nghệ An | 2023-09-09 | V/v bao mat ho so dan toc thieu so | Van ban go khong dau.
        """;

    public static readonly IReadOnlyList<CorpusDocument> Documents = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(Parse).ToList();

    private static CorpusDocument Parse(string row)
    {
        var f = row.Split('|', StringSplitOptions.TrimEntries);
        string At(int i, string absent) => i < f.Length && f[i].Length > 0 ? f[i] : absent;
        return new CorpusDocument(f[0], f[1], f[2], f[3], f[4], At(5, ""), At(6, "mat"), At(7, ""));
    }
}
