namespace Portal.Incoming.Services;

/// <summary>The leader's direction (bút phê): who leads, who helps, who is told, and by when; people by user name.</summary>
public sealed class DirectionInput
{
    public string? Direction { get; set; }
    public string? LeadHandler { get; set; }
    public List<string> CoHandlers { get; set; } = [];
    public List<string> ForInformation { get; set; } = [];
    /// <summary>"yyyy-MM-dd" or "dd/MM/yyyy"; empty keeps the deadline entered at registration.</summary>
    public string? Deadline { get; set; }
    /// <summary>A deadline counted in working days from today on the tenant's calendar, taking the place of the date.</summary>
    public string? DeadlineWorkingDays { get; set; }
}
