namespace Portal.Incoming.Models;

/// <summary>Where an incoming document is in its handling (Decree 30, Điều 20–24).</summary>
public enum IncomingStatus
{
    /// <summary>Đã vào sổ: registered, not yet submitted.</summary>
    Registered = 1,
    /// <summary>Chờ cho ý kiến: submitted to a leader for direction.</summary>
    AwaitingDirection = 2,
    /// <summary>Đã giao: the leader named the lead handler.</summary>
    Assigned = 3,
    /// <summary>Đang xử lý.</summary>
    InProgress = 4,
    /// <summary>Đã xử lý, with a result note.</summary>
    Done = 5,
    /// <summary>Bị trả lại: back to the clerk, with a reason.</summary>
    Returned = 6,
    /// <summary>Đã hủy: the registration is cancelled but keeps its number.</summary>
    Cancelled = 7,
    /// <summary>Đã thu hồi: the sender recalled it; the files are deleted, the entry and its recall record kept.</summary>
    Recalled = 8,
}
