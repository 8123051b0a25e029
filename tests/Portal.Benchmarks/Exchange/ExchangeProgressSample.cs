namespace Portal.Benchmarks.Exchange;

/// <summary>Delivered and acknowledged envelopes of the running recipients so many seconds after the send, and the process's RSS then.</summary>
public sealed record ExchangeProgressSample(double Seconds, int Delivered, int Acknowledged, double RssMiB);
