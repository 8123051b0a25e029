using Portal.Outgoing.Models;
using Stateless;

namespace Portal.Outgoing.Services;

/// <summary>
/// The outgoing flow of Decree 30/2020 (§1.5): draft → unit leader review → clerk's format check →
/// signature → numbered and issued, with return-for-revision at every step before the signature. The
/// machine reads and writes the row's status, so what it permits is what the row says.
/// </summary>
internal static class OutgoingMachine
{
    public static StateMachine<OutgoingStatus, OutgoingTrigger> Of(OutgoingDocument document)
    {
        var machine = new StateMachine<OutgoingStatus, OutgoingTrigger>(() => document.Status, s => document.Status = s);
        machine.Configure(OutgoingStatus.Draft).Permit(OutgoingTrigger.Submit, OutgoingStatus.UnitReview);
        machine.Configure(OutgoingStatus.UnitReview)
            .Permit(OutgoingTrigger.Approve, OutgoingStatus.FormatCheck)
            .Permit(OutgoingTrigger.Return, OutgoingStatus.Draft);
        machine.Configure(OutgoingStatus.FormatCheck)
            .Permit(OutgoingTrigger.Check, OutgoingStatus.AwaitingSignature)
            .Permit(OutgoingTrigger.Return, OutgoingStatus.Draft);
        machine.Configure(OutgoingStatus.AwaitingSignature)
            .Permit(OutgoingTrigger.Sign, OutgoingStatus.Signed)
            .Permit(OutgoingTrigger.Return, OutgoingStatus.Draft);
        machine.Configure(OutgoingStatus.Signed).Permit(OutgoingTrigger.Issue, OutgoingStatus.Issued);
        return machine;
    }

    public static string StatusText(OutgoingStatus status) => status switch
    {
        OutgoingStatus.Draft => "Dự thảo",
        OutgoingStatus.UnitReview => "Chờ lãnh đạo đơn vị duyệt",
        OutgoingStatus.FormatCheck => "Chờ văn thư kiểm tra thể thức",
        OutgoingStatus.AwaitingSignature => "Chờ ký",
        OutgoingStatus.Signed => "Đã ký, chờ phát hành",
        _ => "Đã phát hành",
    };
}
