namespace Portal.Reports.Services;

/// <summary>One state's line of the table "by state": how many at each level, and in all.</summary>
public sealed record StateRow(string State, int Declassified, int Mat, int ToiMat)
{
    public int Total => Declassified + Mat + ToiMat;
}
