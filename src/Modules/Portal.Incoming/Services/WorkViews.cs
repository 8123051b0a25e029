namespace Portal.Incoming.Services;

/// <summary>Each list's address under /incoming and its title, in the menu's words.</summary>
public static class WorkViews
{
    public static readonly IReadOnlyDictionary<string, WorkView> BySlug = new Dictionary<string, WorkView>(StringComparer.Ordinal)
    {
        ["mine"] = WorkView.Mine,
        ["overdue"] = WorkView.Overdue,
        ["due-soon"] = WorkView.DueSoon,
        ["awaiting-direction"] = WorkView.AwaitingDirection,
        ["in-progress"] = WorkView.InProgress,
        ["done"] = WorkView.Done,
        ["registered"] = WorkView.Registered,
        ["directed"] = WorkView.Directed,
    };

    public static string Slug(WorkView view) => BySlug.First(p => p.Value == view).Key;

    public static string Title(WorkView view) => view switch
    {
        WorkView.Mine => "Cần tôi xử lý",
        WorkView.Overdue => "Quá hạn",
        WorkView.DueSoon => "Sắp đến hạn",
        WorkView.AwaitingDirection => "Chờ cho ý kiến",
        WorkView.InProgress => "Đang xử lý",
        WorkView.Done => "Đã xử lý",
        WorkView.Registered => "Văn bản đã vào sổ",
        _ => "Văn bản đã chỉ đạo",
    };
}
