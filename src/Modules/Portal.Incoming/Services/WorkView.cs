namespace Portal.Incoming.Services;

/// <summary>The lists of incoming documents a person has, by the words of the menu.</summary>
public enum WorkView
{
    /// <summary>Cần tôi xử lý ("my work" for incoming documents): what waits for this person's step.</summary>
    Mine,
    /// <summary>Quá hạn: open work past its deadline in working time, and what the clerk has not submitted by the next working day.</summary>
    Overdue,
    /// <summary>Sắp đến hạn: open work due within <see cref="IncomingQueries.DueSoonDays"/> working days.</summary>
    DueSoon,
    /// <summary>Chờ cho ý kiến.</summary>
    AwaitingDirection,
    /// <summary>Đang xử lý.</summary>
    InProgress,
    /// <summary>Đã xử lý.</summary>
    Done,
    /// <summary>Đã vào sổ: everything this clerk registered, cancelled ones included.</summary>
    Registered,
    /// <summary>Đã chỉ đạo: what this leader directed, and its progress.</summary>
    Directed,
}
