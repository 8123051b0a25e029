using Portal.Access;

namespace Portal.Registers;

/// <summary>The mark a printed copy bears: "MẬT" or "TỐI MẬT", the highest secret level among what it shows; none when nothing secret shows.</summary>
public static class LevelMark
{
    public static string? Highest(IEnumerable<SecrecyLevel> shown)
    {
        var secret = shown.Where(l => l is SecrecyLevel.Mat or SecrecyLevel.ToiMat).ToList();
        return secret.Count == 0 ? null : secret.Max() == SecrecyLevel.ToiMat ? "TỐI MẬT" : "MẬT";
    }
}
