namespace Portal.Incoming.Services;

/// <summary>The audit codes of incoming documents; every change of state is one entry, in the same transaction.</summary>
public static class IncomingAuditActions
{
    public const string Registered = "incoming.registered";
    public const string Cancelled = "incoming.cancelled";
    public const string Recalled = "incoming.recalled";
    public const string Submitted = "incoming.submitted";
    public const string Directed = "incoming.directed";
    public const string Started = "incoming.started";
    public const string PassedOn = "incoming.passed-on";
    public const string Completed = "incoming.completed";
    public const string Returned = "incoming.returned";
    public const string HandedOver = "incoming.handed-over";
    public const string RegisterViewed = "incoming.register-viewed";
    public const string Attached = "incoming.attached";
    public const string Copied = "incoming.copied";
    public const string Viewed = "incoming.viewed";
    public const string ThumbnailViewed = "incoming.thumbnail-viewed";
    public const string RegisterPrinted = "incoming.register-printed";
    public const string RegisterExported = "incoming.register-exported";
    public const string ListExported = "incoming.list-exported";
    public const string LevelChanged = "incoming.level-changed";
    public const string CustodyTransferred = "incoming.custody-transferred";

    /// <summary>The audit target of an exported list (its id is the list's slug, e.g. "mine").</summary>
    public const string ListTarget = "incoming-list";

    public static readonly IReadOnlyList<string> All =
        [Registered, Cancelled, Recalled, Submitted, Directed, Started, PassedOn, Completed, Returned, HandedOver, RegisterViewed, Attached, Copied, Viewed, ThumbnailViewed,
         RegisterPrinted, RegisterExported, ListExported, LevelChanged, CustodyTransferred];

    public static string Text(string action) => action switch
    {
        Registered => "Vào sổ",
        Cancelled => "Hủy vào sổ",
        Recalled => "Thu hồi (theo yêu cầu của cơ quan gửi)",
        Submitted => "Trình lãnh đạo",
        Directed => "Cho ý kiến chỉ đạo (bút phê)",
        Started => "Bắt đầu xử lý",
        PassedOn => "Giao lại người xử lý chính",
        Completed => "Hoàn thành xử lý",
        Returned => "Trả lại",
        HandedOver => "Chuyển giao bản giấy",
        RegisterViewed => "Xem sổ văn bản đến",
        Attached => "Đính kèm tệp",
        Copied => "Tải về bản sao có số",
        Viewed => "Xem bản sao có số trên trình duyệt",
        ThumbnailViewed => "Xem ảnh thu nhỏ của tệp đính kèm",
        RegisterPrinted => "In sổ văn bản đến",
        RegisterExported => "Xuất sổ văn bản đến",
        ListExported => "Xuất danh sách văn bản đến",
        LevelChanged => "Thay đổi độ mật theo quyết định",
        CustodyTransferred => "Bàn giao khi thôi việc / chuyển công tác",
        _ => action,
    };
}
