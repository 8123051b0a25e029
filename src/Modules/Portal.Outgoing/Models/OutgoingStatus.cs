namespace Portal.Outgoing.Models;

/// <summary>Where an outgoing document stands: dự thảo → chờ lãnh đạo đơn vị duyệt → chờ văn thư kiểm tra thể thức → chờ ký → đã ký → đã phát hành.</summary>
public enum OutgoingStatus
{
    Draft = 0,
    UnitReview = 1,
    FormatCheck = 2,
    AwaitingSignature = 3,
    Signed = 4,
    Issued = 5,
}
