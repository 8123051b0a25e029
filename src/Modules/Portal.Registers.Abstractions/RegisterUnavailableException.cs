namespace Portal.Registers;

/// <summary>No number can be taken in that book: it does not exist or is no longer used. The message is Vietnamese, for the user.</summary>
public sealed class RegisterUnavailableException(string message) : Exception(message);
