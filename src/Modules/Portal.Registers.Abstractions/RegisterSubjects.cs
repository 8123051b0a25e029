using Portal.Access;

namespace Portal.Registers;

/// <summary>
/// The tenant's rule, per level, on whether a register shows a secret document's subject (trích yếu)
/// or leaves it out (DOMAIN.md §2.5: the law and its new decree are changing this, so it is a setting).
/// </summary>
public sealed record RegisterSubjects(bool Mat, bool ToiMat)
{
    /// <summary>A declassified document is no longer secret; Tuyệt mật is never kept, so never shown.</summary>
    public bool Shows(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Declassified => true,
        SecrecyLevel.Mat => Mat,
        SecrecyLevel.ToiMat => ToiMat,
        _ => false,
    };
}
