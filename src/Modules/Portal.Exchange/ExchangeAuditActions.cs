namespace Portal.Exchange;

/// <summary>What the exchange writes to the audit trail, on the sending and the receiving side.</summary>
internal static class ExchangeAuditActions
{
    public const string Kind = "exchange-envelope";
    public const string Sent = "exchange.sent";
    public const string Received = "exchange.received";
    public const string Refused = "exchange.refused";
    public const string Replayed = "exchange.replayed";
    public const string StatusReceived = "exchange.status";
    public const string RefusedByClerk = "exchange.clerk-refused";
    public const string Opened = "exchange.opened";
    public const string Registered = "exchange.registered";
    public const string RecallSent = "exchange.recall-sent";
    public const string Recalled = "exchange.recalled";
    public const string RecallPending = "exchange.recall-pending";
    public const string RecallRefused = "exchange.recall-refused";
    public const string EdxmlExported = "exchange.edxml-exported";
    public const string EdxmlImported = "exchange.edxml-imported";
    public const string DecisionSent = "exchange.decision-sent";
    public const string DecisionReceived = "exchange.decision-received";
    public const string MovedIn = "exchange.moved-in";
    public const string Redirected = "exchange.redirected";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Sent] = "Gửi liên thông văn bản",
        [Received] = "Nhận văn bản điện tử đến",
        [Refused] = "Từ chối tiếp nhận phong bì liên thông",
        [Replayed] = "Phong bì liên thông gửi lại (đã nhận trước đó)",
        [StatusReceived] = "Nhận thông điệp trạng thái liên thông",
        [RefusedByClerk] = "Văn thư từ chối tiếp nhận văn bản điện tử đến",
        [Opened] = "Mở văn bản điện tử đến (kiểm tra chữ ký)",
        [Registered] = "Vào sổ văn bản điện tử đến",
        [RecallSent] = "Thu hồi văn bản đã gửi liên thông",
        [Recalled] = "Xóa bản nhận theo yêu cầu thu hồi của cơ quan gửi",
        [RecallPending] = "Nhận yêu cầu thu hồi, chờ văn thư xác nhận",
        [RecallRefused] = "Văn thư từ chối yêu cầu thu hồi",
        [EdxmlExported] = "Xuất gói edXML của văn bản đi",
        [EdxmlImported] = "Nhận gói edXML từ hệ thống ngoài vào văn bản điện tử đến",
        [DecisionSent] = "Báo quyết định về bí mật nhà nước cho các cơ quan nhận",
        [DecisionReceived] = "Nhận quyết định của cơ quan gửi về văn bản đã nhận",
        [MovedIn] = "Nhận phong bì liên thông chuyển sang khi sáp nhập, chia tách cơ quan",
        [Redirected] = "Chuyển hướng mã định danh liên thông sang cơ quan nhận, kế thừa chính",
    };
}
