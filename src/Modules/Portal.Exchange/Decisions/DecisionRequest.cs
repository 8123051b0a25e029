namespace Portal.Exchange.Decisions;

/// <summary>The outbox message that carries one decision notice to its recipient.</summary>
internal sealed record DecisionRequest(Guid NoticeId);
