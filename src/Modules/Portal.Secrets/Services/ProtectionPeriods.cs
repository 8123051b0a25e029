using System.Globalization;
using Portal.Access;
using Portal.Core.Settings;

namespace Portal.Secrets.Services;

/// <summary>
/// The tenant's protection period per level, in years: the law's (DOMAIN.md §2.2: Mật 10, Tối mật 20) unless the
/// tenant set a shorter one in its settings (recipe step "settings", keys below).
/// </summary>
public sealed class ProtectionPeriods(ITenantSettings settings)
{
    public const string MatKey = "Secrets.PeriodYears.Mat";
    public const string ToiMatKey = "Secrets.PeriodYears.ToiMat";

    public async Task<int> YearsAsync(SecrecyLevel level, CancellationToken cancellationToken)
    {
        var (key, law) = (level == SecrecyLevel.ToiMat ? ToiMatKey : MatKey, ProtectionLaw.Years(level));
        var text = await settings.GetAsync(key, cancellationToken);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years is > 0 && years <= law ? years : law;
    }
}
