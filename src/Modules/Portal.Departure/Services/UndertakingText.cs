namespace Portal.Departure.Services;

/// <summary>
/// The text a departing person signs (Luật Bảo vệ bí mật nhà nước 2018, Điều 26; DOMAIN.md §2.11). A change of
/// wording takes a new version, so each record says which text was signed.
/// </summary>
public static class UndertakingText
{
    public const string Version = "CK-BVBMNN-2026.1";

    public static IReadOnlyList<string> Paragraphs(string fullName, string position) =>
    [
        $"Tôi là {fullName}{(position.Length > 0 ? ", " + position : "")}, trước khi thôi việc, chuyển công tác hoặc thôi giữ vị trí được tiếp cận bí mật nhà nước, cam kết:",
        "1. Đã bàn giao đầy đủ văn bản, tài liệu, hồ sơ và bản sao chứa bí mật nhà nước đang quản lý theo danh sách bàn giao, không giữ lại bất kỳ bản nào.",
        "2. Không tiết lộ, làm lộ, chiếm đoạt, mua bán, sử dụng trái phép bí mật nhà nước đã biết trong thời gian công tác, kể cả sau khi thôi việc, chuyển công tác hoặc nghỉ hưu.",
        "3. Chịu trách nhiệm trước pháp luật nếu vi phạm quy định về bảo vệ bí mật nhà nước.",
    ];
}
