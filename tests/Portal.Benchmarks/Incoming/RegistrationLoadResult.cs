namespace Portal.Benchmarks;

public sealed record RegistrationLoadResult(int Count, int Clients, double Seconds, double PerSecond, LatencyStats Latency);
