using System.Globalization;
using Portal.Ocr;

namespace Portal.Tests.Ocr.Generated;

/// <summary>Seeded letters from pools of agencies, types, subjects, sentences and signers none of the samples uses.</summary>
internal static class LetterSpecs
{
    private static readonly (string Parent, string Agency, string Code, string Place)[] Agencies =
    [
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "SỞ Y TẾ", "SYT", "Quảng Ninh"),
        ("", "BỘ TƯ PHÁP", "BTP", "Hà Nội"),
        ("BỘ TÀI CHÍNH", "KHO BẠC NHÀ NƯỚC", "KBNN", "Hà Nội"),
        ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "Đắk Lắk"),
        ("", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "UBND", "Hải Phòng"),
        ("BỘ CÔNG AN", "CỤC AN NINH KINH TẾ", "ANKT", "Hà Nội"),
        ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "VP", "Cao Bằng"),
        ("", "BỘ NGOẠI GIAO", "BNG", "Hà Nội"),
        ("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "SỞ XÂY DỰNG", "SXD", "Gia Lai"),
        ("BỘ QUỐC PHÒNG", "CỤC CƠ YẾU", "CCY", "Hà Nội"),
    ];

    private static readonly (string Title, string Abbreviation)[] Types =
        [("QUYẾT ĐỊNH", "QĐ"), ("THÔNG BÁO", "TB"), ("KẾ HOẠCH", "KH"), ("BÁO CÁO", "BC"), ("TỜ TRÌNH", "TTr")];

    private static readonly string[] Subjects =
    [
        "kiểm tra công tác bảo vệ bí mật nhà nước năm 2026",
        "triển khai thiết bị mã hóa trên mạng truyền số liệu chuyên dùng",
        "tổng hợp danh mục bí mật nhà nước của cơ quan",
        "cử cán bộ tham gia lớp bồi dưỡng nghiệp vụ văn thư lưu trữ",
        "rà soát, cập nhật sổ đăng ký văn bản mật đến",
        "phối hợp xác minh nguồn gốc tài liệu bị thất lạc",
        "báo cáo kết quả tiêu hủy tài liệu hết thời hạn bảo vệ",
        "điều chỉnh thời hạn bảo vệ đối với một số tài liệu",
    ];

    private static readonly string[] Sentences =
    [
        "Các đơn vị rà soát toàn bộ tài liệu đang lưu giữ và lập danh sách gửi về cơ quan trước ngày 20 tháng 4 năm 2026.",
        "Việc sao, chụp tài liệu chỉ thực hiện khi có ý kiến của người có thẩm quyền.",
        "Thủ trưởng các đơn vị chịu trách nhiệm kiểm tra việc thực hiện tại đơn vị mình.",
        "Kinh phí thực hiện được bảo đảm từ nguồn ngân sách nhà nước năm 2026.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Văn phòng để tổng hợp.",
        "Máy tính dùng để soạn thảo văn bản mật không được kết nối với mạng Internet.",
        "Cán bộ được giao nhiệm vụ phải ký cam kết bảo vệ bí mật nhà nước theo quy định.",
        "Hồ sơ, tài liệu sau khi sử dụng được nộp lại cho bộ phận văn thư trong ngày.",
        "Đoàn kiểm tra làm việc từ ngày 12 đến ngày 15 tháng 5 năm 2026 tại trụ sở các đơn vị.",
        "Kết quả kiểm tra được báo cáo lãnh đạo cơ quan để chỉ đạo khắc phục kịp thời.",
    ];

    private static readonly string[][] Titles =
    [
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["CỤC TRƯỞNG"],
    ];

    private static readonly string[] Names =
        ["Trần Văn Bình", "Lê Thị Thu Hà", "Phạm Minh Tuấn", "Nguyễn Hữu Đức", "Hoàng Thị Lan", "Đặng Quốc Khánh", "Vũ Thị Ngọc Ánh", "Bùi Đức Thắng"];

    private static readonly string[] Addressees = ["Các sở, ban, ngành", "Văn phòng Chính phủ", "Công an tỉnh", "Các đơn vị trực thuộc", "Thanh tra Chính phủ"];

    private static readonly string[] Urgencies = ["", "", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"];

    public static LetterSpec Create(int seed, Damage damage)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var agency = Pick(Agencies);
        var isLetter = seed % 2 == 0;
        var type = Pick(Types);
        var number = random.Next(1, 2000).ToString(CultureInfo.InvariantCulture);
        var symbol = isLetter ? $"{number}/{agency.Code}-VP" : $"{number}/{type.Abbreviation}-{agency.Code}";
        var date = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 540));
        // Decree 30: a leading zero for days below 10 and for months 1 and 2.
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        var placeDate = $"{agency.Place}, ngày {day} tháng {month} năm {date.Year}";
        var subject = Pick(Subjects);
        var paragraphs = new List<string>();
        if (isLetter)
            paragraphs.Add($"Kính gửi: {Pick(Addressees)}.");
        for (var p = random.Next(2, 4); p > 0; p--)
            paragraphs.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(Sentences))));
        paragraphs[^1] = paragraphs[^1].TrimEnd('.') + "./.";
        var recipients = new List<string> { "Nơi nhận:", isLetter ? "- Như trên;" : "- Như Điều 1;", $"- {Pick(Addressees)};", "- Lưu: VT, VP." };
        var titles = Pick(Titles);
        var signer = Pick(Names);
        var classification = random.Next(3) == 0 ? "TỐI MẬT" : "MẬT";
        var urgency = Pick(Urgencies);
        var fields = new Dictionary<string, string>
        {
            [OcrFields.AgencyParent] = agency.Parent,
            [OcrFields.Agency] = agency.Agency,
            [OcrFields.Number] = symbol,
            [OcrFields.PlaceDate] = placeDate,
            [OcrFields.Date] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [OcrFields.Type] = isLetter ? "Công văn" : type.Title[0] + type.Title[1..].ToLower(CultureInfo.GetCultureInfo("vi-VN")),
            [OcrFields.Subject] = subject,
            [OcrFields.Classification] = classification,
            [OcrFields.Urgency] = urgency,
            [OcrFields.SignerTitle] = string.Join('|', titles),
            [OcrFields.Signer] = signer,
            [OcrFields.Body] = string.Join('\n', paragraphs),
            [OcrFields.Recipients] = string.Join('|', recipients),
        };
        return new LetterSpec(seed, damage, isLetter, agency.Parent.Length > 0 ? [agency.Parent] : [], [agency.Agency], symbol, placeDate,
            type.Title, [isLetter ? "V/v " + subject : "Về việc " + subject], classification, urgency, paragraphs, recipients, titles, signer, fields);
    }
}
