namespace Portal.Reorganisation.Services;

/// <summary>Wakes the worker at once when a reorganisation is approved or resumed, rather than at its next poll.</summary>
public sealed class ReorganisationSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken by another caller.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
