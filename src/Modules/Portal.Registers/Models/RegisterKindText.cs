namespace Portal.Registers.Models;

public static class RegisterKindText
{
    public static string Of(RegisterKind kind) => kind switch
    {
        RegisterKind.Incoming => "Văn bản mật đến",
        RegisterKind.Outgoing => "Văn bản mật đi",
        RegisterKind.HandOver => "Sổ chuyển giao",
        _ => kind.ToString(),
    };

    public static RegisterKind? Parse(string text) => text switch
    {
        "incoming" => RegisterKind.Incoming,
        "outgoing" => RegisterKind.Outgoing,
        "hand-over" => RegisterKind.HandOver,
        _ => null,
    };
}
