namespace Portal.Identity;

public static class ClearanceText
{
    public static string Of(Clearance clearance) => clearance switch
    {
        Clearance.Mat => "Mật",
        Clearance.ToiMat => "Tối mật",
        _ => "Không",
    };
}
