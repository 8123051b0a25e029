namespace Portal.Access.Services;

public static class AccessPositionText
{
    public static string Of(AccessPosition position) => position switch
    {
        AccessPosition.RegisteringClerk => "văn thư vào sổ",
        AccessPosition.LeadHandler => "xử lý chính",
        AccessPosition.CoHandler => "phối hợp",
        AccessPosition.ForInformation => "để biết",
        AccessPosition.Approver => "người duyệt",
        AccessPosition.Signer => "người ký",
        AccessPosition.Addressee => "người có tên trên bì",
        _ => "được cấp quyền",
    };
}
