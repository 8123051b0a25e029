namespace Portal.Tests.Outbox;

public sealed record Ping(string Text);
