namespace Portal.Oversight.Board;

/// <summary>How far an agency has come in using the system, as its published figures show.</summary>
public enum RolloutStage
{
    NotSetUp = 0,
    Disabled = 1,
    /// <summary>Running, but nothing published for longer than the silent limit (or ever): shown as silent, never as zero.</summary>
    Silent = 2,
    SetUp = 3,
    UsersCreated = 4,
    Working = 5,
}
