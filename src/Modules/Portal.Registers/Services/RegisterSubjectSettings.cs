using Portal.Core.Settings;

namespace Portal.Registers.Services;

/// <summary>
/// Whether the tenant's registers show a secret document's subject, per level, kept as tenant settings.
/// A level never configured hides the subject: leaving it out is the safe side.
/// </summary>
public sealed class RegisterSubjectSettings(ITenantSettings settings)
{
    public const string MatKey = "Registers.ShowSubject.Mat";
    public const string ToiMatKey = "Registers.ShowSubject.ToiMat";

    public async Task<RegisterSubjects> GetAsync(CancellationToken cancellationToken) =>
        new(await ShownAsync(MatKey, cancellationToken), await ShownAsync(ToiMatKey, cancellationToken));

    public async Task SetAsync(RegisterSubjects subjects, CancellationToken cancellationToken)
    {
        await settings.SetAsync(MatKey, Text(subjects.Mat), cancellationToken);
        await settings.SetAsync(ToiMatKey, Text(subjects.ToiMat), cancellationToken);
    }

    private async Task<bool> ShownAsync(string key, CancellationToken cancellationToken) =>
        bool.TryParse(await settings.GetAsync(key, cancellationToken), out var shown) && shown;

    private static string Text(bool value) => value ? "true" : "false";
}
