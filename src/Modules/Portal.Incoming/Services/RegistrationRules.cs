using System.Globalization;
using Portal.Access;
using Portal.Core;
using Portal.Core.Data;
using Portal.Secrets;

namespace Portal.Incoming.Services;

/// <summary>Checks what the clerk entered; every problem is reported at once, in Vietnamese.</summary>
internal static class RegistrationRules
{
    public const string TuyetMatRefused =
        "Hệ thống không quản lý tài liệu Tuyệt mật: không vào sổ tài liệu Tuyệt mật tại đây; chuyển ngay cho lãnh đạo cơ quan theo quy trình riêng đối với tài liệu Tuyệt mật.";

    // A clerk's clock and the server's may differ by a few minutes.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static Registration Check(RegistrationInput input, DateTime nowUtc)
    {
        var errors = new List<string>();
        var sender = Text(input.Sender, "cơ quan gửi (tác giả)", 300, required: true, errors);
        var numberSymbol = Text(input.NumberSymbol, "số, ký hiệu văn bản", 100, required: true, errors);
        var documentType = Text(input.DocumentType, "tên loại văn bản", 100, required: !input.AddresseeOnly, errors);
        var subject = Text(input.Subject, "trích yếu", 2000, required: !input.AddresseeOnly, errors);
        var dossier = Text(input.Dossier, "số và ký hiệu hồ sơ", 100, required: false, errors);
        var notes = Text(input.Notes, "ghi chú", 1000, required: false, errors);
        var reason = Text(input.DuplicateReason, "lý do vẫn vào sổ", 1000, required: false, errors);
        var today = DateOnly.FromDateTime(nowUtc + VietnamClock.Offset);

        var arrived = Arrival(input.ArrivedAt, nowUtc, errors);
        var documentDate = Date(input.DocumentDate, "ngày tháng văn bản", errors);
        if (documentDate is null && string.IsNullOrWhiteSpace(input.DocumentDate))
            errors.Add("Chưa nhập ngày tháng văn bản.");
        if (documentDate > today)
            errors.Add($"Ngày văn bản {VietnamClock.Format(documentDate.Value)} ở tương lai: không vào sổ văn bản có ngày sau hôm nay.");
        if (arrived is { } at && documentDate is { } date && DateOnly.FromDateTime(at + VietnamClock.Offset) < date)
            errors.Add("Ngày đến không thể trước ngày văn bản.");

        var level = LevelText.Parse(input.Level);
        if (string.IsNullOrWhiteSpace(input.Level))
            errors.Add("Chưa chọn độ mật (Mật hoặc Tối mật).");
        else if (level == SecrecyLevel.TuyetMat)
            errors.Add(TuyetMatRefused);
        else if (level is null or SecrecyLevel.Declassified)
            errors.Add($"Độ mật '{input.Level!.Trim()}' không hợp lệ: chỉ vào sổ tài liệu Mật hoặc Tối mật.");

        var urgency = UrgencyText.Parse(input.Urgency);
        if (urgency is null)
            errors.Add($"Độ khẩn '{input.Urgency!.Trim()}' không hợp lệ: chọn Khẩn, Thượng khẩn, Hỏa tốc hoặc để trống.");
        var pages = Count(input.PageCount, "Số trang", 10_000, errors);
        var copies = Count(input.CopyCount, "Số bản", 1_000, errors);
        var stated = ProtectionLaw.Stated(input.ProtectionYears, level, errors);
        var deadline = Date(input.Deadline, "hạn xử lý", errors);
        if (deadline is { } due && arrived is { } arrival && due < DateOnly.FromDateTime(arrival + VietnamClock.Offset))
            errors.Add("Hạn xử lý không thể trước ngày đến.");
        var addressee = input.Addressee?.Trim();
        if (input.AddresseeOnly && string.IsNullOrEmpty(addressee))
            errors.Add("Văn bản \"Chỉ người có tên mới được bóc bì\" phải ghi người có tên trên bì.");

        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        return new Registration(string.IsNullOrWhiteSpace(input.Book) ? null : input.Book.Trim(), arrived!.Value, sender, numberSymbol,
            documentDate!.Value, documentType, subject, level!.Value, urgency!.Value, pages, copies, stated, deadline, dossier, notes,
            input.AddresseeOnly, input.AddresseeOnly ? addressee : null, reason);
    }

    private static string Text(string? value, string name, int max, bool required, List<string> errors)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
            errors.Add($"Chưa nhập {name}.");
        else if (text.Length > max)
            errors.Add($"Trường {name} không quá {max} ký tự (đang có {text.Length}).");
        else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            errors.Add($"Trường {name} có ký tự điều khiển không hợp lệ.");
        return text;
    }

    private static DateTime? Arrival(string? value, DateTime nowUtc, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return StoredUtc(nowUtc);
        var text = value.Trim();
        DateTime utc;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(text))
            utc = withOffset.UtcDateTime;
        else if (DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "HH:mm dd/MM/yyyy"], CultureInfo.InvariantCulture,
                     DateTimeStyles.None, out var local))
            utc = DateTime.SpecifyKind(local - VietnamClock.Offset, DateTimeKind.Utc);
        else
        {
            errors.Add($"Thời điểm đến '{text}' không đúng dạng giờ:phút ngày/tháng/năm.");
            return null;
        }
        if (utc > nowUtc + ClockSkew)
        {
            errors.Add("Thời điểm đến ở tương lai.");
            return null;
        }
        return StoredUtc(utc);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;

    private static DateTime StoredUtc(DateTime utc) => StoredTime.Of(utc);

    private static DateOnly? Date(string? value, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1945)
            return date;
        errors.Add($"Giá trị {name} '{value.Trim()}' không phải là ngày hợp lệ (ngày/tháng/năm).");
        return null;
    }

    private static int Count(string? value, string name, int max, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return 1;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max)
            return count;
        errors.Add($"{name} phải là số nguyên từ 1 đến {max.ToString("N0", Vietnamese)}; '{value.Trim()}' không hợp lệ.");
        return 0;
    }
}
