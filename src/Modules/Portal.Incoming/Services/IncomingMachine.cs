using Portal.Incoming.Models;
using Stateless;

namespace Portal.Incoming.Services;

/// <summary>
/// The handling of an incoming document: registered → awaiting direction → assigned → in progress →
/// done, or returned to the clerk (who submits again or cancels). The machine reads and writes the
/// document's own status, so what it permits is always what the row says.
/// </summary>
internal static class IncomingMachine
{
    public static StateMachine<IncomingStatus, IncomingTrigger> Of(IncomingDocument document)
    {
        var machine = new StateMachine<IncomingStatus, IncomingTrigger>(() => document.Status, s => document.Status = s);
        machine.Configure(IncomingStatus.Registered)
            .Permit(IncomingTrigger.Submit, IncomingStatus.AwaitingDirection)
            .Permit(IncomingTrigger.Cancel, IncomingStatus.Cancelled)
            // The addressee of a sealed envelope may keep it and close it without a direction.
            .PermitIf(IncomingTrigger.Complete, IncomingStatus.Done, () => document.AddresseeOnly, "người có tên trên bì tự giải quyết");
        machine.Configure(IncomingStatus.AwaitingDirection)
            .Permit(IncomingTrigger.Direct, IncomingStatus.Assigned)
            .Permit(IncomingTrigger.Return, IncomingStatus.Returned);
        machine.Configure(IncomingStatus.Assigned)
            .Permit(IncomingTrigger.Start, IncomingStatus.InProgress)
            .PermitReentry(IncomingTrigger.PassOn)
            .Permit(IncomingTrigger.Complete, IncomingStatus.Done)
            .Permit(IncomingTrigger.Return, IncomingStatus.Returned);
        machine.Configure(IncomingStatus.InProgress)
            .Permit(IncomingTrigger.PassOn, IncomingStatus.Assigned)
            .Permit(IncomingTrigger.Complete, IncomingStatus.Done)
            .Permit(IncomingTrigger.Return, IncomingStatus.Returned);
        machine.Configure(IncomingStatus.Returned)
            .Permit(IncomingTrigger.Submit, IncomingStatus.AwaitingDirection)
            .Permit(IncomingTrigger.Cancel, IncomingStatus.Cancelled);
        return machine;
    }

    public static string Verb(IncomingTrigger trigger) => trigger switch
    {
        IncomingTrigger.Submit => "trình lãnh đạo",
        IncomingTrigger.Direct => "cho ý kiến chỉ đạo",
        IncomingTrigger.Start => "bắt đầu xử lý",
        IncomingTrigger.PassOn => "giao lại người xử lý chính",
        IncomingTrigger.Complete => "hoàn thành xử lý",
        IncomingTrigger.Return => "trả lại",
        _ => "hủy vào sổ",
    };
}
