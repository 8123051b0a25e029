namespace Portal.Outgoing.Services;

/// <summary>The audit codes of outgoing documents (target kind "outgoing", target id the document's id) and their Vietnamese names.</summary>
public static class OutgoingAuditActions
{
    public const string Created = "outgoing.created";
    public const string Revised = "outgoing.revised";
    public const string Submitted = "outgoing.submitted";
    public const string Approved = "outgoing.approved";
    public const string Checked = "outgoing.checked";
    public const string Signed = "outgoing.signed";
    public const string Issued = "outgoing.issued";
    public const string LevelChanged = "outgoing.level-changed";
    public const string Returned = "outgoing.returned";
    public const string Read = "outgoing.read";
    public const string Downloaded = "outgoing.downloaded";
    public const string RegisterPrinted = "outgoing.register-printed";
    public const string CustodyTransferred = "outgoing.custody-transferred";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Created] = "Tạo dự thảo văn bản đi",
        [Revised] = "Sửa dự thảo văn bản đi",
        [Submitted] = "Trình lãnh đạo đơn vị duyệt",
        [Approved] = "Lãnh đạo đơn vị duyệt dự thảo",
        [Checked] = "Văn thư kiểm tra thể thức",
        [Signed] = "Ký số văn bản đi",
        [Issued] = "Cấp số và phát hành văn bản đi",
        [LevelChanged] = "Thay đổi độ mật theo quyết định",
        [Returned] = "Trả lại dự thảo để sửa",
        [Read] = "Xem văn bản đi",
        [CustodyTransferred] = "Bàn giao khi thôi việc / chuyển công tác",
        [Downloaded] = "Tải tệp văn bản đi",
        [RegisterPrinted] = "In sổ đăng ký văn bản mật đi",
    };
}
