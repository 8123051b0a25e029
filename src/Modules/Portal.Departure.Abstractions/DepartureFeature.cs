namespace Portal.Departure;

/// <summary>Hand-over when someone leaves or changes post: the checklist of what is in their care, its reassignment and the undertaking.</summary>
public static class DepartureFeature
{
    public const string Id = "Portal.Departure";
}
