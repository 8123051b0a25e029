namespace Portal.Identity.Merge;

/// <summary>
/// The claim an account moved in by a merge carries (its source tenant). Such an account arrives disabled: the target's
/// admin confirms it by enabling it, and until then it cannot sign in.
/// </summary>
public static class MovedFrom
{
    public const string ClaimType = "portal:moved-from";
}
