namespace Portal.Access;

/// <summary>
/// The classification stamp as a copy, a page or an export shows it: MẬT, TỐI MẬT, or GIẢI MẬT once the document
/// is declassified (the law stamps new copies of a declassified secret GIẢI MẬT), in one place for every module.
/// </summary>
public static class ClassificationMark
{
    public static string Of(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Declassified => "GIẢI MẬT",
        SecrecyLevel.Mat => "MẬT",
        SecrecyLevel.ToiMat => "TỐI MẬT",
        _ => "TUYỆT MẬT",
    };
}
