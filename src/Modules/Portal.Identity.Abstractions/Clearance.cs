namespace Portal.Identity;

/// <summary>The highest classification a person may read. Tuyệt mật is outside Portal's scope.</summary>
public enum Clearance
{
    None = 0,
    Mat = 1,
    ToiMat = 2,
}
