namespace Portal.Files;

/// <summary>An upload refused for what it is (too large, empty, a type that lies, a bomb); the message is Vietnamese and shown to the user.</summary>
public sealed class FileRejectedException(string message) : Exception(message);
