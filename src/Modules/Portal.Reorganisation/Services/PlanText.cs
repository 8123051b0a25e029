using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>A plan as the CLI prints it: what moves, a split's units, conflicts, what stays behind, blockers.</summary>
public static class PlanText
{
    public static void Print(ReorganisationPlan plan, ReorganisationRecord? record)
    {
        var id = record is null ? "" : $" (mã {record.Id})";
        Console.WriteLine(plan.Kind == ReorganisationKind.Split
            ? $"Kế hoạch chia tách {plan.Sources[0]} cho {string.Join(", ", plan.Targets)}, cơ quan kế thừa chính {plan.Target}{id}"
            : $"Kế hoạch sáp nhập {string.Join(", ", plan.Sources)} vào {plan.Target}{id}");
        Console.WriteLine($"{"Cơ quan",-28} {"Phân hệ",-32} Số bản ghi");
        foreach (var line in plan.Lines)
            Console.WriteLine($"{line.Source,-28} {line.Module,-32} {line.Rows}");
        foreach (var unit in plan.Units)
            Console.WriteLine($"Đơn vị {unit.Code} ({unit.Name}, {unit.People} người) → {(unit.Successor.Length == 0 ? "chưa giao" : unit.Successor)}");
        Console.WriteLine(plan.Conflicts.Count == 0 ? "Không có xung đột." : "Xung đột:");
        foreach (var conflict in plan.Conflicts)
            Console.WriteLine($"  {conflict.Text}: {string.Join(", ", conflict.Tenants)}");
        foreach (var left in plan.Staying)
            Console.WriteLine($"Không chuyển: {left.Text} của {left.Source}" + (left.Rows is { } rows ? $" ({rows} bản ghi)" : "") + " — ở lại cơ quan cũ.");
        foreach (var blocker in plan.Blockers)
            Console.WriteLine($"Chưa thể phê duyệt: {blocker}");
    }
}
