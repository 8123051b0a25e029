using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// `./portal tenant merge --from A,B --into C` and `./portal tenant split --from A --into B,C --units "B:VP;C:TCCB" --main B`,
/// plan first: `--plan` prints the plan and records nothing; without it the plan is recorded (or the unfinished one of the
/// same tenants is taken up) and printed; `--approve` approves it and runs it here to the end, or continues it from its
/// cursors after a kill or a stop, unless another process holds it; `--stop` stops it after the batch under way.
/// </summary>
public sealed class ReorganisationCommand(TenantHost host, MergeRun run)
{
    private const string Operator = "quản trị qua dòng lệnh";

    public Task<int> MergeAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var sources = List(args.Required("from"));
        var target = args.Required("into");
        return RunAsync(args, (planner, c) => planner.PlanAsync(sources, target, c),
            (reorganisations, c) => reorganisations.PlanAsync(sources, target, Operator, c), cancellationToken);
    }

    public Task<int> SplitAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var source = args.Required("from");
        var targets = List(args.Required("into"));
        var main = args.Required("main");
        var units = UnitMap.Parse(args.Required("units"));
        return RunAsync(args, (planner, c) => planner.SplitAsync(source, targets, main, units, c),
            (reorganisations, c) => reorganisations.SplitAsync(source, targets, main, units, Operator, c), cancellationToken);
    }

    private async Task<int> RunAsync(CommandArguments args, Func<ReorganisationPlanner, CancellationToken, Task<ReorganisationPlan>> plan,
        Func<Reorganisations, CancellationToken, Task<ReorganisationRecord>> record, CancellationToken cancellationToken)
    {
        var central = await host.ActivateAsync(TenantRecord.DefaultName, cancellationToken)
            ?? throw new CommandException("Văn phòng Chính phủ (cơ quan trung tâm) chưa được thiết lập.");
        if (args.Flag("plan"))
        {
            PlanText.Print(await host.RunAsync(central, s => plan(s.GetRequiredService<ReorganisationPlanner>(), cancellationToken)), null);
            return 0;
        }
        var recorded = await host.RunAsync(central, s => record(s.GetRequiredService<Reorganisations>(), cancellationToken));
        PlanText.Print(PlanJson.Read(recorded.Plan), recorded);
        if (args.Flag("stop"))
        {
            await host.RunAsync(central, async s => { await s.GetRequiredService<Reorganisations>().StopAsync(recorded.Id, cancellationToken); return 0; });
            Console.WriteLine("Đã tạm dừng sau lô đang chuyển; chạy lại với --approve để tiếp tục.");
            return 0;
        }
        if (!args.Flag("approve"))
        {
            Console.WriteLine("Chạy lại với --approve để phê duyệt và thực hiện.");
            return 0;
        }
        await host.RunAsync(central, async s =>
        {
            var reorganisations = s.GetRequiredService<Reorganisations>();
            if (recorded.State == ReorganisationState.Planned)
                await reorganisations.ApproveAsync(recorded.Id, Operator, cancellationToken);
            else if (recorded.State == ReorganisationState.Stopped)
                await reorganisations.ResumeAsync(recorded.Id, cancellationToken);
            return 0;
        });
        var end = await run.RunAsync(recorded.Id, cancellationToken);
        var what = Reorganisations.Describe(recorded);
        Console.WriteLine(end switch
        {
            { HeldBy: { } holder } => $"Việc {what} đang chạy ở tiến trình khác ({holder}); chờ nó xong, hoặc chạy lại sau.",
            { State: ReorganisationState.Done } => $"Đã {what} xong.",
            _ => $"Việc {what} chưa xong; xem lý do trên trang của nó.",
        });
        return end is { HeldBy: null, State: ReorganisationState.Done } ? 0 : 1;
    }

    private static IReadOnlyList<string> List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
