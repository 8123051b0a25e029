namespace Portal.Exchange.Sending;

/// <summary>The status message codes of DOMAIN.md §3.3 that the exchange uses, with their Vietnamese names.</summary>
public static class ExchangeStatusCodes
{
    public const string Arrived = "01";
    public const string Refused = "02";
    public const string Registered = "03";
    public const string Assigned = "04";
    public const string InProgress = "05";
    public const string Done = "06";
    public const string RecallRequested = "13";
    public const string RecallAccepted = "15";
    public const string RecallRefused = "16";

    public static string Text(string code) => code switch
    {
        Arrived => "Đã đến",
        Refused => "Từ chối tiếp nhận",
        Registered => "Đã tiếp nhận (vào sổ)",
        Assigned => "Phân công xử lý",
        InProgress => "Đang xử lý",
        Done => "Hoàn thành",
        RecallRequested => "Yêu cầu thu hồi",
        RecallAccepted => "Đồng ý thu hồi",
        RecallRefused => "Từ chối thu hồi",
        _ => code,
    };

    /// <summary>The status to send back when the registered incoming document reaches a stage; null for stages the sender is not told.</summary>
    public static string? OfIncomingStage(string stage) => stage switch
    {
        "registered" => Registered,
        "assigned" => Assigned,
        "in-progress" => InProgress,
        "done" => Done,
        _ => null,
    };
}
