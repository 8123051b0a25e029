using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// `./portal tenant merge --from A,B --into C [--plan] [--approve]`: plan first. `--plan` prints the plan and records
/// nothing; without it the plan is recorded (or the unfinished one of the same tenants is taken up) and printed;
/// `--approve` approves it and runs it here to the end, or continues it from its cursors after a kill or a stop.
/// </summary>
public sealed class MergeCommand(TenantHost host, MergeRun run)
{
    private const string Operator = "quản trị qua dòng lệnh";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var sources = args.Required("from").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var target = args.Required("into");
        var central = await host.ActivateAsync(TenantRecord.DefaultName, cancellationToken)
            ?? throw new CommandException("Văn phòng Chính phủ (cơ quan trung tâm) chưa được thiết lập.");
        if (args.Flag("plan"))
        {
            Print(await host.RunAsync(central, s => s.GetRequiredService<MergePlanner>().PlanAsync(sources, target, cancellationToken)), null);
            return 0;
        }
        var record = await host.RunAsync(central, s => s.GetRequiredService<Reorganisations>().PlanAsync(sources, target, Operator, cancellationToken));
        var plan = PlanJson.Read(record.Plan);
        Print(plan, record);
        if (!args.Flag("approve"))
        {
            Console.WriteLine("Chạy lại với --approve để phê duyệt và thực hiện.");
            return 0;
        }
        await host.RunAsync(central, async s =>
        {
            var reorganisations = s.GetRequiredService<Reorganisations>();
            if (record.State == ReorganisationState.Planned)
                await reorganisations.ApproveAsync(record.Id, Operator, cancellationToken);
            else if (record.State == ReorganisationState.Stopped)
                await reorganisations.ResumeAsync(record.Id, cancellationToken);
            return 0;
        });
        var state = await run.RunAsync(record.Id, cancellationToken);
        Console.WriteLine(state == ReorganisationState.Done ? "Đã sáp nhập xong." : "Việc sáp nhập chưa xong; xem lý do trên trang của việc sáp nhập.");
        return state == ReorganisationState.Done ? 0 : 1;
    }

    private static void Print(MergePlan plan, ReorganisationRecord? record)
    {
        Console.WriteLine($"Kế hoạch sáp nhập {string.Join(", ", plan.Sources)} vào {plan.Target}" + (record is null ? "" : $" (mã {record.Id})"));
        Console.WriteLine($"{"Cơ quan",-28} {"Phân hệ",-32} Số bản ghi");
        foreach (var line in plan.Lines)
            Console.WriteLine($"{line.Source,-28} {line.Module,-32} {line.Rows}");
        Console.WriteLine(plan.Conflicts.Count == 0 ? "Không có xung đột." : "Xung đột:");
        foreach (var conflict in plan.Conflicts)
            Console.WriteLine($"  {conflict.Text}: {string.Join(", ", conflict.Tenants)}");
        foreach (var blocker in plan.Blockers)
            Console.WriteLine($"Chưa thể phê duyệt: {blocker}");
    }
}
