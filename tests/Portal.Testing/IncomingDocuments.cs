using Portal.Incoming.Services;

namespace Portal.Testing;

/// <summary>Varied, valid incoming documents: senders, levels, urgencies; numbers unique per run so none is a duplicate.</summary>
public static class IncomingDocuments
{
    private static readonly string[] Senders = ["Bộ Công an", "Bộ Quốc phòng", "Ủy ban nhân dân tỉnh Nghệ An", "Văn phòng Chính phủ", "Bộ Nội vụ"];
    private static readonly string[] Urgencies = ["", "", "", "khan", "thuong-khan", "hoa-toc"];

    public static Dictionary<string, object> Body(int i, string batch)
    {
        var input = Input(i, batch);
        return new Dictionary<string, object>
        {
            ["sender"] = input.Sender!,
            ["numberSymbol"] = input.NumberSymbol!,
            ["documentDate"] = input.DocumentDate!,
            ["documentType"] = input.DocumentType!,
            ["subject"] = input.Subject!,
            ["level"] = input.Level!,
            ["urgency"] = input.Urgency!,
        };
    }

    public static RegistrationInput Input(int i, string batch) => new()
    {
        Sender = Senders[i % Senders.Length],
        NumberSymbol = $"{i}/{batch}-{Guid.NewGuid():N}"[..Math.Min(40, $"{i}/{batch}-".Length + 8)],
        DocumentDate = DateTime.UtcNow.AddHours(7).AddDays(-1 - i % 30).ToString("yyyy-MM-dd"),
        DocumentType = "Công văn",
        Subject = $"V/v bảo vệ bí mật nhà nước trong công tác số {i}",
        Level = i % 5 == 0 ? "toi-mat" : "mat",
        Urgency = Urgencies[i % Urgencies.Length],
    };
}
