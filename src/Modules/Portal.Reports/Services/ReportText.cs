using System.Globalization;

namespace Portal.Reports.Services;

/// <summary>Numbers as the report writes them, in Vietnamese style (a comma before decimals).</summary>
public static class ReportText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Days(double days) => days.ToString("0.#", Vietnamese);

    public static string Subject(string subject) => subject.Length == 0 ? "(Chỉ người có tên mới được bóc bì)" : subject;
}
