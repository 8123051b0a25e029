namespace Portal.Reorganisation.Models;

/// <summary>Planned (shown, not approved) → Running ⇄ Stopped → Done, or Failed with its reason.</summary>
public enum ReorganisationState
{
    Planned = 0,
    Running = 1,
    Stopped = 2,
    Done = 3,
    Failed = 4,
}
