using System.Globalization;
using Portal.Access;
using Portal.Search;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Generated incoming documents with realistic Vietnamese subjects, agencies, types, numbers and notes
/// (seeded, so every run indexes the same corpus). The 1% reader is on every 100th document's list, the
/// all-reader on every list.
/// </summary>
public sealed class VietnameseCorpus(int count, int seed)
{
    public const string OnePercentReader = "nguoi-doc-1";
    public const string AllReader = "nguoi-doc-tat-ca";

    private static readonly string[] Types = ["Công văn", "Báo cáo", "Kế hoạch", "Quyết định", "Thông báo", "Tờ trình", "Công điện", "Hướng dẫn", "Nghị quyết", "Biên bản"];

    private static readonly string[] Senders =
    [
        "Văn phòng Chính phủ", "Bộ Công an", "Bộ Quốc phòng", "Bộ Nội vụ", "Bộ Tài chính", "Bộ Ngoại giao", "Ủy ban nhân dân tỉnh Nghệ An",
        "Công an tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư",
        "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân huyện Đô Lương", "Thanh tra tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An",
    ];

    private static readonly string[] Codes = ["VPCP-KSTT", "BCA-A03", "BQP-TM", "BNV-CCVC", "BTC-NSNN", "UBND-NC", "CAT-PA03", "SNV-TCBC", "STTTT-BCVT", "SKHĐT-TH"];

    private static readonly string[] Topics =
    [
        "bảo vệ bí mật nhà nước", "rà soát danh mục bí mật nhà nước", "bảo mật thông tin trên không gian mạng", "phòng ngừa lộ, mất bí mật nhà nước",
        "diễn tập khu vực phòng thủ", "tình hình an ninh trật tự", "kiểm tra công tác văn thư, lưu trữ", "ứng phó bão, lũ và thiên tai",
        "tuyển dụng công chức cấp xã", "dự toán ngân sách địa phương", "chuyển đổi số trong cơ quan nhà nước", "cải cách hành chính",
        "quản lý đất đai và bản đồ quy hoạch", "đầu tư xây dựng đường ven biển", "phòng, chống tham nhũng", "an toàn thông tin mạng",
        "bàn giao tài sản công", "mặt trận tổ quốc tham gia giám sát", "sự cố mã độc tấn công máy chủ", "công tác cán bộ và tổ chức bộ máy",
    ];

    private static readonly string[] Openings = ["V/v", "Về việc", "Kế hoạch", "Báo cáo kết quả", "Hướng dẫn thực hiện", "Triển khai"];

    private static readonly string[] Sentences =
    [
        "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện.", "Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan.",
        "Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30 hằng tháng.", "Không soạn thảo, lưu giữ tài liệu mật trên máy tính nối mạng.",
        "Tăng cường kiểm tra, giám sát việc chấp hành quy định bảo vệ bí mật nhà nước.", "Tổ chức tập huấn cho cán bộ làm công tác văn thư, lưu trữ.",
        "Chủ động phương án ứng phó, sơ tán người dân khỏi vùng nguy hiểm.", "Rà soát, cập nhật danh mục tài liệu mật thuộc lĩnh vực quản lý.",
        "Thủ trưởng cơ quan chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh.", "Kinh phí thực hiện từ nguồn ngân sách địa phương năm 2025.",
    ];

    public int Count => count;

    public IEnumerable<(SearchableDocument Document, string Text)> Documents()
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var sender = Senders[random.Next(Senders.Length)];
            var topic = Topics[random.Next(Topics.Length)];
            var subject = $"{Openings[random.Next(Openings.Length)]} {topic} năm {2021 + random.Next(5)}";
            var date = new DateOnly(2021 + random.Next(5), 1 + random.Next(12), 1 + random.Next(28));
            var number = $"{1 + random.Next(20000)}/{Codes[random.Next(Codes.Length)]}";
            var notes = string.Join(' ', Enumerable.Range(0, 3 + random.Next(6)).Select(_ => Sentences[random.Next(Sentences.Length)]));
            List<string> list = i % 100 == 0 ? [AllReader, OnePercentReader, "van-thu"] : [AllReader, "van-thu"];
            var document = new SearchableDocument("incoming", i.ToString(CultureInfo.InvariantCulture), number, subject, sender, type, "", date,
                random.Next(10) < 7 ? SecrecyLevel.Mat : SecrecyLevel.ToiMat, random.Next(4) == 0 ? "Khẩn" : "", "Đang xử lý",
                $"/incoming/{i}", list);
            yield return (document, subject + "\n" + notes);
        }
    }
}
