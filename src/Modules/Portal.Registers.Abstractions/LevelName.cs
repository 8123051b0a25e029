using Portal.Access;

namespace Portal.Registers;

/// <summary>A level in the words a register prints.</summary>
public static class LevelName
{
    public static string Of(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Mat => "Mật",
        SecrecyLevel.ToiMat => "Tối mật",
        SecrecyLevel.TuyetMat => "Tuyệt mật",
        _ => "Đã giải mật",
    };
}
