using System.Globalization;
using Portal.Core.Settings;

namespace Portal.Oversight.Board;

/// <summary>
/// The dates by which the central office's letters require each agency to reach a step of the rollout (set up, users
/// created, first document registered, first electronic exchange), kept in the central office's settings. An agency
/// that has not reached a step whose date has passed is behind; a silent or disabled one is not judged.
/// </summary>
public sealed record RolloutDeadlines(DateOnly? SetUp, DateOnly? UsersCreated, DateOnly? Working, DateOnly? Exchanging)
{
    public const string SetUpKey = "Oversight.Deadline.SetUp";
    public const string UsersCreatedKey = "Oversight.Deadline.UsersCreated";
    public const string WorkingKey = "Oversight.Deadline.Working";
    public const string ExchangingKey = "Oversight.Deadline.Exchanging";

    public static async Task<RolloutDeadlines> ReadAsync(ITenantSettings settings, CancellationToken cancellationToken) => new(
        Date(await settings.GetAsync(SetUpKey, cancellationToken)), Date(await settings.GetAsync(UsersCreatedKey, cancellationToken)),
        Date(await settings.GetAsync(WorkingKey, cancellationToken)), Date(await settings.GetAsync(ExchangingKey, cancellationToken)));

    public async Task SaveAsync(ITenantSettings settings, CancellationToken cancellationToken)
    {
        await settings.SetAsync(SetUpKey, Text(SetUp), cancellationToken);
        await settings.SetAsync(UsersCreatedKey, Text(UsersCreated), cancellationToken);
        await settings.SetAsync(WorkingKey, Text(Working), cancellationToken);
        await settings.SetAsync(ExchangingKey, Text(Exchanging), cancellationToken);
    }

    /// <summary>The first step whose date has passed (Vietnam date <paramref name="today"/>) that the agency has not reached, as the board names it; null when none.</summary>
    public string? Missed(RolloutStage stage, FigureSheet? figures, DateOnly today)
    {
        if (stage is RolloutStage.Disabled or RolloutStage.Silent)
            return null;
        var steps = new (DateOnly? Due, bool Reached, string Text)[]
        {
            (SetUp, stage >= RolloutStage.SetUp, "thiết lập"),
            (UsersCreated, stage >= RolloutStage.UsersCreated, "tạo người dùng"),
            (Working, stage >= RolloutStage.Working, "vào sổ văn bản đầu tiên"),
            (Exchanging, figures?.Time(FigureKeys.FirstExchange) is not null, "trao đổi văn bản điện tử"),
        };
        return steps.Where(s => s.Due is { } due && due < today && !s.Reached).OrderBy(s => s.Due)
            .Select(s => $"{s.Text} (hạn {s.Due:dd/MM/yyyy})").FirstOrDefault();
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
