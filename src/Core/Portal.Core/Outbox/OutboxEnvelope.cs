using System.Text.Json;

namespace Portal.Core.Outbox;

/// <summary>A message as a handler receives it.</summary>
public sealed record OutboxEnvelope(long Id, string Topic, string Payload, int Attempts)
{
    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload, OutboxJson.Options)
        ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
}
