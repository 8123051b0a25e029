namespace Portal.Search;

public static class SearchFeature
{
    public const string Id = "Portal.Search";

    /// <summary>The <see cref="ISearchScope"/> of dossiers: search?dossier=id narrows a search to one dossier's contents.</summary>
    public const string DossierScope = "dossier";
}
