namespace Portal.Access;

/// <summary>
/// A document's classification (độ mật). Portal keeps Mật and Tối mật; a declassified document keeps
/// its entries at <see cref="Declassified"/>; Tuyệt mật is outside Portal's scope and refused everywhere.
/// </summary>
public enum SecrecyLevel
{
    Declassified = 0,
    Mat = 1,
    ToiMat = 2,
    TuyetMat = 3,
}
