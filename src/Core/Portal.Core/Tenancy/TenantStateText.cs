namespace Portal.Core.Tenancy;

/// <summary>Vietnamese names of tenant states, as the central office reads them.</summary>
public static class TenantStateText
{
    public static string Of(TenantState state) => state switch
    {
        TenantState.Running => "Đang hoạt động",
        TenantState.Disabled => "Đã vô hiệu hóa",
        TenantState.Archived => "Lưu trữ chỉ đọc",
        _ => "Chưa thiết lập",
    };
}
