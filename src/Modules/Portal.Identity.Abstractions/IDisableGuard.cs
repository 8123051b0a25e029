namespace Portal.Identity;

/// <summary>
/// Asked before an account is disabled: a module that must finish something with the person first (the hand-over of
/// what is in their care) answers its reasons in Vietnamese, and the account stays active while there are any.
/// </summary>
public interface IDisableGuard
{
    Task<IReadOnlyList<string>> ObjectionsAsync(string userId, CancellationToken cancellationToken);
}
