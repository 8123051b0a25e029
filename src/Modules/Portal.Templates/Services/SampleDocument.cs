using Portal.Access;

namespace Portal.Templates.Services;

/// <summary>The fields and marks a preview shows, so the admin sees every part of the layout filled.</summary>
public static class SampleDocument
{
    public static readonly DocumentFields Fields = new()
    {
        ParentAgency = "UBND TỈNH NGHỆ AN",
        Agency = "SỞ NỘI VỤ",
        NumberAndSymbol = "05/SNV-VP",
        Place = "Nghệ An",
        Date = new DateOnly(2026, 1, 5),
        Subject = "tăng cường công tác bảo vệ bí mật nhà nước năm 2026",
        Addressees = ["Các phòng, đơn vị thuộc Sở"],
        LegalBases = ["Căn cứ Luật Bảo vệ bí mật nhà nước ngày 10 tháng 12 năm 2025"],
        Body =
        [
            "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về công tác bảo vệ bí mật nhà nước, Sở Nội vụ đề nghị các phòng, đơn vị rà soát danh mục tài liệu mật đang quản lý.",
            "Thủ trưởng các phòng, đơn vị chịu trách nhiệm tổ chức thực hiện và báo cáo kết quả trước ngày 31 tháng 01 năm 2026.",
        ],
        Authority = "KT. GIÁM ĐỐC",
        SignerTitle = "PHÓ GIÁM ĐỐC",
        SignerName = "Nguyễn Văn Hùng",
        Recipients = ["Như trên", "Giám đốc Sở (để báo cáo)"],
        Filing = "Lưu: VT, VP.",
    };

    public static readonly DocumentMarks Marks = new(SecrecyLevel.Mat) { Urgency = "Khẩn", CopyNumber = 1, ProtectionPeriod = "10 năm" };
}
