namespace Portal.Reorganisation.Models;

/// <summary>A merge (sources into one target) or a split (one source shared among successors by its units).</summary>
public enum ReorganisationKind
{
    Merge = 0,
    Split = 1,
}
