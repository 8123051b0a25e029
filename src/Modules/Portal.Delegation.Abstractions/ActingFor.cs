using System.Globalization;

namespace Portal.Delegation;

/// <summary>
/// A delegation in force: during the leader's absence (both days included, Vietnam dates) the deputy takes the
/// leader's new work and signatures, with the authority line the decree requires.
/// </summary>
public sealed record ActingFor(
    int Id,
    string LeaderUserId,
    string LeaderName,
    string LeaderTitle,
    string DeputyUserId,
    string DeputyUserName,
    string DeputyName,
    string DeputyTitle,
    DelegationKind Kind,
    DateOnly From,
    DateOnly To,
    string Scope,
    string Reference)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string Prefix => Kind switch
    {
        DelegationKind.SignsFor => "KT.",
        DelegationKind.Acting => "Q.",
        _ => "TUQ.",
    };

    /// <summary>The signature block's authority line: "KT. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC"; an acting head has none (Q. goes before the title).</summary>
    public string AuthorityLine => Kind == DelegationKind.Acting ? "" : $"{Prefix} {Upper(LeaderTitle)}";

    /// <summary>The signature block's title line: the deputy's own title, or "Q. GIÁM ĐỐC" for an acting head.</summary>
    public string TitleLine => Kind == DelegationKind.Acting ? $"{Prefix} {Upper(LeaderTitle)}" : Upper(DeputyTitle);

    /// <summary>Both people and the authorisation, as a timeline or an audit entry records them.</summary>
    public string Note =>
        $"{DeputyName} ({Prefix}) thay {LeaderName} vắng mặt từ {From:dd/MM/yyyy} đến {To:dd/MM/yyyy}"
        + (Reference.Length > 0 ? $", theo {Reference}" : "")
        + (Scope.Length > 0 ? $", phạm vi: {Scope}" : "");

    private static string Upper(string text) => text.ToUpper(Vietnamese);
}
