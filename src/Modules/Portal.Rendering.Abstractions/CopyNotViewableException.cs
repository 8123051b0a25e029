namespace Portal.Rendering;

/// <summary>A file that cannot be shown as a marked copy (kind, damage, limits); the message is Vietnamese and offers the numbered download.</summary>
public sealed class CopyNotViewableException(string message, Exception? inner = null) : Exception(message, inner);
