namespace Portal.Access.Services;

public static class OperationText
{
    public static string Of(ResourceOperation operation) => operation switch
    {
        ResourceOperation.Download => "tải về",
        ResourceOperation.Print => "in",
        ResourceOperation.Export => "xuất",
        ResourceOperation.Change => "thay đổi",
        _ => "xem",
    };
}
