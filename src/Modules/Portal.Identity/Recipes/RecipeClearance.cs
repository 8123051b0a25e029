namespace Portal.Identity.Recipes;

/// <summary>A clearance as recipes write it: "none", "mat", "toi-mat".</summary>
internal static class RecipeClearance
{
    public static Clearance? Of(string text) => text switch
    {
        "" or "none" => Clearance.None,
        "mat" => Clearance.Mat,
        "toi-mat" => Clearance.ToiMat,
        _ => null,
    };
}
