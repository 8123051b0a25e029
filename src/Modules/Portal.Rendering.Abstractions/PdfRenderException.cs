namespace Portal.Rendering;

/// <summary>A PDF that could not be made (time limit, browser failure, a table too long to print); the message is Vietnamese and shown to the user.</summary>
public sealed class PdfRenderException(string message, Exception? inner = null) : Exception(message, inner);
