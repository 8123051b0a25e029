namespace Portal.Notifications.Services;

/// <summary>The kinds of notification a person may choose to receive, with their Vietnamese names.</summary>
public static class NotificationKinds
{
    public const string DirectionNeeded = "direction-needed";
    public const string NewWork = "new-work";
    public const string Direction = "direction";
    public const string Returned = "returned";
    public const string AwaitingSignature = "awaiting-signature";
    public const string DeadlineApproaching = "deadline-approaching";
    public const string DeadlinePassed = "deadline-passed";
    public const string RightsChanged = "rights-changed";
    public const string HandedOver = "handed-over";
    public const string Declassified = "declassified";
    public const string PeriodEnding = "period-ending";
    public const string ExchangeStatus = "exchange-status";
    public const string DestroyedAtSource = "destroyed-at-source";
    public const string HandOverDue = "hand-over-due";

    /// <summary>The muted-kind entry for a kind's mail: a person may keep a kind in Portal and still not want its mail.</summary>
    public static string Mail(string kind) => "mail:" + kind;

    /// <summary>
    /// The person's mail comes as one mail a day (<see cref="Portal.Notifications.Mail.MailDigestRun"/>) instead of one per
    /// notice; kept with the muted kinds as a row of the person's mail choices.
    /// </summary>
    public const string DailyMail = "mail:daily";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [DirectionNeeded] = "Văn bản trình chờ cho ý kiến",
        [NewWork] = "Việc mới được giao",
        [Direction] = "Ý kiến chỉ đạo của lãnh đạo",
        [Returned] = "Văn bản bị trả lại",
        [AwaitingSignature] = "Văn bản chờ ký",
        [DeadlineApproaching] = "Văn bản sắp đến hạn xử lý",
        [DeadlinePassed] = "Văn bản quá hạn xử lý",
        [RightsChanged] = "Thay đổi quyền tiếp cận văn bản mình quản lý",
        [HandedOver] = "Văn bản được bàn giao cho mình quản lý",
        [Declassified] = "Văn bản mình giữ đã được giải mật",
        [PeriodEnding] = "Văn bản mình giữ sắp hết thời hạn bảo vệ bí mật nhà nước",
        [ExchangeStatus] = "Tình trạng văn bản gửi liên thông",
        [HandOverDue] = "Hồ sơ sắp đến hạn nộp lưu",
        [DestroyedAtSource] = "Cơ quan ban hành đã tiêu hủy văn bản: quyết định về bản mình giữ",
    };
}
