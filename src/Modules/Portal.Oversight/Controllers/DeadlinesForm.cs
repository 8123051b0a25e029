using Portal.Oversight.Board;

namespace Portal.Oversight.Controllers;

/// <summary>The rollout deadlines as the central office's admin edits them (empty: no deadline for that step).</summary>
public sealed class DeadlinesForm
{
    public const string Changed = "oversight.deadlines-changed";

    public DateOnly? SetUp { get; set; }
    public DateOnly? UsersCreated { get; set; }
    public DateOnly? Working { get; set; }
    public DateOnly? Exchanging { get; set; }

    public static DeadlinesForm Of(RolloutDeadlines d) => new() { SetUp = d.SetUp, UsersCreated = d.UsersCreated, Working = d.Working, Exchanging = d.Exchanging };

    public RolloutDeadlines ToDeadlines() => new(SetUp, UsersCreated, Working, Exchanging);

    /// <summary>Steps come in order: a later step's date before an earlier one's is a mistake worth saying.</summary>
    public string? Error()
    {
        var dates = new[] { SetUp, UsersCreated, Working, Exchanging }.OfType<DateOnly>().ToList();
        return dates.Zip(dates.Skip(1)).Any(p => p.Second < p.First)
            ? "Các mốc phải theo thứ tự: thiết lập, tạo người dùng, vào sổ văn bản đầu tiên, trao đổi văn bản điện tử."
            : null;
    }

    /// <summary>The dates for the audit trail, in the order of the steps.</summary>
    public string Summary() => string.Join("; ", new (string Step, DateOnly? Due)[]
    {
        ("thiết lập", SetUp), ("tạo người dùng", UsersCreated), ("vào sổ văn bản đầu tiên", Working), ("trao đổi văn bản điện tử", Exchanging),
    }.Select(s => $"{s.Step}: {(s.Due is { } d ? d.ToString("dd/MM/yyyy") : "không đặt")}"));
}
