namespace Portal.Registers;

/// <summary>The official title of each register, at the head of a print or an export.</summary>
public static class RegisterTitle
{
    public static string Of(RegisterKind kind) => kind switch
    {
        RegisterKind.HandOver => "Sổ chuyển giao bí mật nhà nước",
        RegisterKind.Outgoing => "Sổ đăng ký bí mật nhà nước đi",
        _ => "Sổ đăng ký bí mật nhà nước đến",
    };
}
