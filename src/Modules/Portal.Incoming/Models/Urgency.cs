namespace Portal.Incoming.Models;

/// <summary>Độ khẩn.</summary>
public enum Urgency
{
    None = 0,
    Khan = 1,
    ThuongKhan = 2,
    HoaToc = 3,
}
