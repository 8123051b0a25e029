namespace Portal.Files;

/// <summary>A stored file that cannot be decrypted: damaged, tampered with, or its keys wrapped by another master key. The message is Vietnamese.</summary>
public sealed class FileUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
