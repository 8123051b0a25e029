namespace Portal.Incoming;

/// <summary>
/// A viewer's figures of incoming documents: registered in the period by state and level, overdue today (late in
/// working days), and handled in the period with the working days each took.
/// </summary>
public sealed record IncomingStatistics(
    IReadOnlyList<IncomingStateCount> ByState,
    IReadOnlyList<OverdueDocument> Overdue,
    IReadOnlyList<HandledDocument> Handled);
