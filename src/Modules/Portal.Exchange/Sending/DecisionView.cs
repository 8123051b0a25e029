namespace Portal.Exchange.Sending;

/// <summary>A decision on the sent secret as told to one recipient: when it was made, and when that recipient's node answered (its refusal, if it refused).</summary>
public sealed record DecisionView(string Action, string DecisionNumber, DateOnly DecidedOn, DateTime CreatedUtc, DateTime? AnsweredUtc, string? Refusal)
{
    public string State => AnsweredUtc is null ? "Đang chờ báo" : Refusal is null ? "Đã báo" : "Bị từ chối";
}
