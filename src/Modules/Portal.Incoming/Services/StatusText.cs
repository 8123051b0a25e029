using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

public static class StatusText
{
    public static string Of(IncomingStatus status) => status switch
    {
        IncomingStatus.Registered => "Đã vào sổ",
        IncomingStatus.AwaitingDirection => "Chờ cho ý kiến",
        IncomingStatus.Assigned => "Đã giao xử lý",
        IncomingStatus.InProgress => "Đang xử lý",
        IncomingStatus.Done => "Đã xử lý",
        IncomingStatus.Returned => "Bị trả lại",
        IncomingStatus.Recalled => "Đã thu hồi",
        _ => "Đã hủy vào sổ",
    };

    public static string Code(IncomingStatus status) => status switch
    {
        IncomingStatus.Registered => "registered",
        IncomingStatus.AwaitingDirection => "awaiting-direction",
        IncomingStatus.Assigned => "assigned",
        IncomingStatus.InProgress => "in-progress",
        IncomingStatus.Done => "done",
        IncomingStatus.Returned => "returned",
        IncomingStatus.Recalled => "recalled",
        _ => "cancelled",
    };
}
