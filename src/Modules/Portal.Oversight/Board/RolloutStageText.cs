namespace Portal.Oversight.Board;

public static class RolloutStageText
{
    public static string Of(RolloutStage stage) => stage switch
    {
        RolloutStage.NotSetUp => "Chưa thiết lập xong",
        RolloutStage.Disabled => "Đã vô hiệu hóa",
        RolloutStage.Silent => "Không báo cáo",
        RolloutStage.SetUp => "Đã thiết lập",
        RolloutStage.UsersCreated => "Đã tạo người dùng",
        _ => "Đã vào sổ văn bản",
    };

    public static string Code(RolloutStage stage) => stage switch
    {
        RolloutStage.NotSetUp => "chua-thiet-lap",
        RolloutStage.Disabled => "vo-hieu-hoa",
        RolloutStage.Silent => "khong-bao-cao",
        RolloutStage.SetUp => "da-thiet-lap",
        RolloutStage.UsersCreated => "da-tao-nguoi-dung",
        _ => "dang-su-dung",
    };

    public static RolloutStage? Parse(string? code) =>
        Enum.GetValues<RolloutStage>().Cast<RolloutStage?>().FirstOrDefault(s => Code(s!.Value) == code);
}
