namespace Portal.Audit.Services;

/// <summary>Vietnamese names of the kinds of thing an audit entry is about; a kind not listed shows as recorded.</summary>
public static class AuditTargetText
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["user"] = "Tài khoản",
        ["tenant"] = "Cơ quan",
        ["unit"] = "Đơn vị",
        ["api-token"] = "Khóa truy cập API",
        ["certificate-authority"] = "Tổ chức cấp chứng thư",
        ["incoming-document"] = "Văn bản đến",
        ["outgoing-document"] = "Văn bản đi",
        ["file"] = "Tệp đính kèm",
        ["dossier"] = "Hồ sơ",
    };

    public static string Of(string kind) => Names.GetValueOrDefault(kind, kind);
}
