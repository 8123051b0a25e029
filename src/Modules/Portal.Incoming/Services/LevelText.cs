using Portal.Access;

namespace Portal.Incoming.Services;

/// <summary>The classification in the field's words, and its code in forms and the API.</summary>
public static class LevelText
{
    public static string Of(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Mat => "Mật",
        SecrecyLevel.ToiMat => "Tối mật",
        SecrecyLevel.TuyetMat => "Tuyệt mật",
        _ => "Đã giải mật",
    };

    public static string Code(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Mat => "mat",
        SecrecyLevel.ToiMat => "toi-mat",
        SecrecyLevel.TuyetMat => "tuyet-mat",
        _ => "giai-mat",
    };

    public static SecrecyLevel? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "mat" or "mật" => SecrecyLevel.Mat,
        "toi-mat" or "tối mật" => SecrecyLevel.ToiMat,
        "tuyet-mat" or "tuyệt mật" => SecrecyLevel.TuyetMat,
        "giai-mat" => SecrecyLevel.Declassified,
        _ => null,
    };
}
