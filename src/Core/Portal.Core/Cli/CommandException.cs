namespace Portal.Core.Cli;

/// <summary>A CLI call that cannot run as given; the message tells the operator what to write.</summary>
public sealed class CommandException(string message) : Exception(message);
