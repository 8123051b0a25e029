namespace Portal.Calendar.Models;

/// <summary>A day off the central office entered for every agency (the lunar holidays, bridge days), held in its own store.</summary>
public sealed class CentralDayOff
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTime AddedUtc { get; set; }
}
