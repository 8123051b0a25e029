namespace Portal.Files;

public static class FilesFeature
{
    public const string Id = "Portal.Files";
}
