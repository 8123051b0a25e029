namespace Portal.Templates.Services;

/// <summary>Raised inside a render when a limit is reached, so the sandbox can tell its own stops from template errors.</summary>
internal sealed class SandboxStoppedException(string message) : Exception(message);
