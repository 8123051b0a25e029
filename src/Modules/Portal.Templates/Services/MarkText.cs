using Portal.Access;

namespace Portal.Templates.Services;

/// <summary>The marks' words as stamped: classification in capitals, urgency in capitals, copy number with its leading zero.</summary>
internal static class MarkText
{
    public static string Level(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Mat => "MẬT",
        SecrecyLevel.ToiMat => "TỐI MẬT",
        _ => throw new TemplateRefusedException("Chỉ soạn văn bản Mật hoặc Tối mật; Tuyệt mật không được xử lý trên hệ thống này."),
    };

    public static string? Copy(int? number) => number is { } n ? $"Bản số: {n:00}" : null;
}
