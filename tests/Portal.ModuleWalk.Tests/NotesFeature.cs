namespace Portal.Notes;

public static class NotesFeature
{
    public const string Id = "Portal.Notes";
}
