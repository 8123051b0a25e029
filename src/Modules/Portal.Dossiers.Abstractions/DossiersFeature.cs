namespace Portal.Dossiers;

/// <summary>The work dossiers feature, and the kind a dossier has on access lists and in the audit trail.</summary>
public static class DossiersFeature
{
    public const string Id = "Portal.Dossiers";
    public const string Kind = "dossier";
}
